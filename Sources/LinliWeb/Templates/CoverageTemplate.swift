/// The coverage page: district figures, the community table and the inline SVG map.
enum CoverageTemplate {
    static let text = """
        <div class="figures">
        <div><strong>{{districtReach}}</strong>全区覆盖率 (reach)</div>
        <div><strong>{{districtService}}</strong>全区服务率 (service)，{{week}}</div>
        <div><strong>{{target}}</strong>目标 (target)</div>
        <div><strong>{{below}}</strong>未达标社区 (below target)</div>
        </div>
        <form method="get" class="toolbar">
        <label>周 (week) <input name="week" value="{{week}}" size="9"></label>
        <button type="submit" class="secondary">查看</button>
        <a class="button secondary" href="{{csvHref}}">下载 CSV</a>
        </form>
        {{#table}}{{> planner-table}}{{/table}}
        <h2>覆盖地图 (map)</h2>
        <figure class="map">{{{svg}}}</figure>
        """
}
