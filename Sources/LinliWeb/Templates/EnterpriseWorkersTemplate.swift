/// The enterprise's workers with their papers.
enum EnterpriseWorkersTemplate {
    static let text = """
        {{> enterprise-picker}}
        {{#report}}{{> upload-report}}{{/report}}
        <div class="figures">
        <div><strong>{{count}}</strong>服务员 (workers)</div>
        <div><strong>{{attention}}</strong>证件需处理 (papers due or expired)</div>
        </div>
        {{#anyAttention}}<p class="notice warn">有 {{attention}} 名服务员的证件在 {{warningDays}} 天内到期、已过期或缺失（{{on}}）。</p>{{/anyAttention}}
        <div class="toolbar">
        <a class="button secondary" href="/enterprise/workers.csv{{enterprise.query}}">下载 CSV</a>
        </div>
        <form method="post" action="/enterprise/workers{{enterprise.query}}" enctype="multipart/form-data" class="upload">
        <input type="hidden" name="csrf_token" value="{{csrf}}">
        <label>上传服务员 (upload workers.csv)：<input type="file" name="file" accept=".csv,text/csv" required></label>
        <button type="submit">上传并导入</button>
        </form>
        <div class="table-wrap"><table>
        <thead><tr><th>编号</th><th>姓名</th><th>用工</th><th>网点</th><th>信用</th>
        <th>上门服务证 (certificate)</th><th>体检 (health check)</th><th>培训 (training)</th><th>路线单</th></tr></thead>
        <tbody>
        {{#rows}}<tr{{#attention}} class="attention"{{/attention}}><td>{{id}}</td><td>{{name}}</td><td>{{employment}}</td><td>{{pointID}}</td><td>{{credit}}</td>
        {{#certificate}}<td class="time{{#attention}} warn{{/attention}}">{{until}} {{label}}</td>{{/certificate}}
        {{#healthCheck}}<td class="time{{#attention}} warn{{/attention}}">{{until}} {{label}}</td>{{/healthCheck}}
        {{#training}}<td class="time{{#attention}} warn{{/attention}}">{{until}} {{label}}</td>{{/training}}
        <td><a href="{{routeHref}}">路线单 (route)</a></td></tr>{{/rows}}
        </tbody></table></div>
        """
}
