/// The audit log page.
enum AuditTemplate {
    static let text = """
        <div class="toolbar">
        <a class="button secondary" href="/admin/audit.csv">下载 CSV</a>
        {{#previous}}<a href="/admin/audit?page={{.}}">← 较新</a>{{/previous}}
        <span class="muted">第 {{page}} 页</span>
        {{#next}}<a href="/admin/audit?page={{.}}">较早 →</a>{{/next}}
        </div>
        <div class="table-wrap"><table>
        <thead><tr><th>时间 (when)</th><th>账号 (who)</th><th>操作 (action)</th><th>内容 (what)</th></tr></thead>
        <tbody>
        {{#rows}}<tr><td class="time">{{at}}</td><td>{{who}}</td><td>{{action}}</td><td>{{details}}</td></tr>{{/rows}}
        </tbody></table></div>
        """
}
