/// `/office/records`: the week's visits to the community's households with their records and evaluations.
enum OfficeRecordsTemplate {
    static let text = """
        <p class="muted">{{community}} · {{week}} · 已记录 {{recorded}} / {{visits}} 次服务</p>
        {{> office-toolbar}}
        {{#saved}}<p class="notice" role="status">已保存需求 {{saved}} 的服务记录 (saved)。</p>{{/saved}}
        {{^hasRows}}<p class="notice">这一周没有排给本社区住户的服务 (no visits on the published roster)。</p>{{/hasRows}}
        {{#hasRows}}
        <div class="table-wrap">
        <table>
          <thead><tr>
            <th>日期 (date)</th><th>时间 (time)</th><th>服务员 (worker)</th><th>住户 (household)</th><th>服务项目 (item)</th>
            <th class="num">价格 (元)</th><th>状态 (status)</th><th>实际时间</th><th class="num">实收 (元)</th>
            <th>评价 (stars)</th><th>投诉 (complaint)</th><th></th>
          </tr></thead>
          <tbody>
          {{#rows}}<tr>
            <td>{{date}}</td><td class="time">{{time}}</td><td>{{worker}}</td><td><a href="{{historyHref}}">{{household}}</a></td>
            <td>{{item}}</td><td class="num">{{price}}</td><td>{{status}}</td><td class="time">{{times}}</td>
            <td class="num">{{charged}}</td><td>{{stars}}</td><td>{{complaint}}</td>
            <td><a href="{{entryHref}}">记录 (record)</a></td>
          </tr>{{/rows}}
          </tbody>
        </table>
        </div>
        {{/hasRows}}
        """
}

