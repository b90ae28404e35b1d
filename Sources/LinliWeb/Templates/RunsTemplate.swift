/// The run history: every stored roster run with its score and bound.
enum RunsTemplate {
    static let text = """
        <form method="get" class="toolbar">
        <label>周 (week，可空) <input name="week" size="9"></label>
        <button type="submit" class="secondary">筛选</button>
        <a class="button secondary" href="/planner/runs.csv">下载 CSV</a>
        <span class="muted">{{count}} 次运行 (runs)</span>
        </form>
        {{#table}}{{> planner-table}}{{/table}}
        <p class="muted">上界 (bound) 是任何排班都无法超过的得分；差距 (gap) 越小，排班越接近最优。</p>
        """
}
