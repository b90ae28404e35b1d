/// `/office/unmet`: the community's unmet visits with their reasons and what would fix them.
enum OfficeUnmetTemplate {
    static let text = """
        {{#nothing}}<p class="notice">还没有发布的排班 (no published roster)。</p>{{/nothing}}
        {{^nothing}}
        <p class="muted">{{community}}</p>
        {{> office-toolbar}}
        {{^published}}<p class="notice">这一周还没有发布的排班 (no published roster)。</p>{{/published}}
        {{#published}}
        <div class="figures">
          <div><strong>{{count}}</strong>未排班 (unmet)</div>
          {{#byReason}}<div><strong>{{count}}</strong>{{reason}} <span class="reason">{{code}}</span></div>{{/byReason}}
        </div>
        {{#hasRows}}
        {{> pager}}
        <div class="table-wrap">
        <table>
          <thead><tr>
            <th>日期 (date)</th><th>住户 (household)</th><th>地址 (address)</th><th>服务 (category)</th>
            <th class="num">分钟</th><th>未排班原因 (reason)</th><th>怎样解决 (what would fix it)</th>
          </tr></thead>
          <tbody>
          {{#rows}}<tr>
            <td class="time">{{date}}</td><td>{{household}}</td><td>{{address}}</td><td>{{category}}</td>
            <td class="num">{{minutes}}</td><td>{{reason}} <span class="reason">{{code}}</span></td><td>{{hint}}</td>
          </tr>{{/rows}}
          </tbody>
        </table>
        </div>
        {{/hasRows}}
        {{^hasRows}}<p class="notice">本周本社区的服务都已排上。</p>{{/hasRows}}
        {{/published}}
        {{/nothing}}
        """
}
