/// The 领跑者 indicators page.
enum IndicatorsTemplate {
    static let text = """
        <div class="figures">
        <div><strong>{{missed}} / {{total}}</strong>未达标指标 (missed)</div>
        <div><strong>{{on}}</strong>日期 (date)</div>
        </div>
        <form method="get" class="toolbar">
        <label>日期 (date) <input name="on" value="{{on}}" size="10"></label>
        <button type="submit" class="secondary">查看</button>
        <a class="button secondary" href="/planner/indicators.csv?on={{on}}">下载 CSV</a>
        </form>
        {{#table}}{{> planner-table}}{{/table}}
        <p class="muted">目标为杭州领跑者计划的默认值 (Hangzhou targets)。</p>
        """
}
