/// `/office/roster`: the community's visits of one day of the week (or all of them), with a tab per day.
enum OfficeRosterTemplate {
    static let text = """
        {{#nothing}}<p class="notice">还没有发布的排班 (no published roster)。</p>{{/nothing}}
        {{^nothing}}
        <p class="muted">{{community}}</p>
        {{> office-toolbar}}
        {{^published}}<p class="notice">这一周还没有发布的排班 (no published roster)。</p>{{/published}}
        {{#published}}
        <div class="figures">
          <div><strong>{{visits}}</strong>已排服务 (visits)</div>
          <div><strong>{{unmet}}</strong><a href="/office/unmet?{{query}}">未排班 (unmet)</a></div>
        </div>
        <nav class="day-tabs" aria-label="日期 (day)">
          {{#tabs}}<a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}} <span class="muted">{{count}}</span></a>{{/tabs}}
        </nav>
        {{{table}}}
        {{^table}}<p class="notice">这一天没有排给本社区住户的服务 (no visits)。</p>{{/table}}
        {{/published}}
        {{/nothing}}
        """

    /// One day's table, rendered once per published run and dataset revision and kept (see `OfficeRosterPage`).
    static let day = """
        <h2>{{date}} <span class="muted">· {{count}} 次</span></h2>
        <div class="table-wrap">
        <table>
          <thead><tr>
            <th>时间 (time)</th><th>服务员 (worker)</th><th>住户 (household)</th><th>地址 (address)</th>
            <th>服务项目 (item)</th><th class="num">分钟 (minutes)</th><th class="num">价格 (元)</th>
          </tr></thead>
          <tbody>
          {{#rows}}<tr>
            <td class="time">{{start}}–{{end}}</td><td>{{worker}} <span class="muted">{{enterprise}}</span></td>
            <td>{{household}}{{#priority}} <span class="reason">{{priority}}</span>{{/priority}}</td><td>{{address}}</td>
            <td>{{item}}</td><td class="num">{{minutes}}</td><td class="num">{{price}}</td>
          </tr>{{/rows}}
          </tbody>
        </table>
        </div>
        """
}
