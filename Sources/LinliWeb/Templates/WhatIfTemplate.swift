/// The what-if page: the form (upload or one point typed in), then the before/after table and map.
enum WhatIfTemplate {
    static let text = """
        {{#report}}{{> upload-report}}{{/report}}
        <form method="post" action="/planner/whatif" enctype="multipart/form-data" class="upload">
        <input type="hidden" name="csrf_token" value="{{csrf}}">
        <label>周 (week) <input name="week" value="{{week}}" size="9" required></label>
        <label>新网点文件 (service_points.csv columns)：<input type="file" name="points" accept=".csv,text/csv"></label>
        <fieldset><legend>或填写一个新网点 (one new point)</legend>
        {{#fields}}<label>{{name}} <input name="{{name}}" value="{{value}}"></label>{{/fields}}
        </fieldset>
        <label>人员调整 (staff.csv，可选)：<input type="file" name="staff" accept=".csv,text/csv"></label>
        <button type="submit">模拟 (simulate)</button>
        <p class="muted">在内存中排班两次（前、后），数据库不会改变；可能需要几秒钟。</p>
        </form>
        {{#result}}
        <h2>结果 (result)</h2>
        {{#summary}}<p>{{.}}</p>{{/summary}}
        <div class="toolbar"><a class="button secondary" href="/planner/whatif.csv">下载 CSV</a></div>
        {{#table}}{{> planner-table}}{{/table}}
        <figure class="map">{{{svg}}}</figure>
        {{/result}}
        """
}
