/// The batch status page: one row per week with runs.
enum BatchStatusTemplate {
    static let text = """
        <div class="toolbar">
        <a class="button secondary" href="/admin/batch.csv">下载 CSV</a>
        <span class="muted">{{weeks}} 周有运行记录 (weeks with runs)</span>
        </div>
        {{#table}}{{> planner-table}}{{/table}}
        """
}
