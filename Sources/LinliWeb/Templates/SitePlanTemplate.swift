/// The site-planning page: candidates upload and k, then the chosen sites, the bound and the map.
enum SitePlanTemplate {
    static let text = """
        {{#report}}{{> upload-report}}{{/report}}
        <form method="post" action="/planner/plan" enctype="multipart/form-data" class="upload">
        <input type="hidden" name="csrf_token" value="{{csrf}}">
        <label>周 (week) <input name="week" value="{{week}}" size="9" required></label>
        <label>候选网点 (candidates, service_points.csv columns)：<input type="file" name="candidates" accept=".csv,text/csv" required></label>
        <label>选几个 (k，1–{{maxK}}) <input name="k" value="{{k}}" size="3" required></label>
        <label>权重 (weight) <select name="weight"><option value="demand">需求分钟 (demand)</option><option value="households">户数 (households)</option></select></label>
        <button type="submit">选址 (plan)</button>
        </form>
        {{#result}}
        <h2>结果 (result)</h2>
        {{#figures}}<p>{{.}}</p>{{/figures}}
        <div class="toolbar"><a class="button secondary" href="/planner/plan.csv">下载 CSV</a></div>
        {{#table}}{{> planner-table}}{{/table}}
        <figure class="map">{{{svg}}}</figure>
        {{/result}}
        """
}
