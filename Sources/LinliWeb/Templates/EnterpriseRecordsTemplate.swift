/// `/enterprise/records`: the week's visits of the enterprise's workers with their records.
enum EnterpriseRecordsTemplate {
    static let text = """
        {{> enterprise-picker}}
        {{#noWeek}}<p class="notice">还没有发布的排班 (no published roster yet)。</p>{{/noWeek}}
        {{^noWeek}}
        <form method="get" class="toolbar">
          {{#adminEnterprise}}<input type="hidden" name="enterprise" value="{{adminEnterprise}}">{{/adminEnterprise}}
          <label>周 (week)
            <select name="week">{{#weeks}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/weeks}}</select>
          </label>
          <button type="submit" class="secondary">查看</button>
          {{#hasRows}}<a class="button secondary" href="{{csv}}">下载 CSV</a>{{/hasRows}}
        </form>
        <p class="muted">{{enterprise.name}} · {{week}} · 已记录 {{recorded}} / {{visits}} 次服务。评价和投诉由社区登记 (stars and complaints are the office's to record)。</p>
        {{#saved}}<p class="notice" role="status">已保存需求 {{saved}} 的服务记录 (saved)。</p>{{/saved}}
        {{^hasRows}}<p class="notice">这一周的排班没有本企业服务员的服务 (no visits of your workers)。</p>{{/hasRows}}
        {{#hasRows}}
        <div class="table-wrap">
        <table>
          <thead><tr>
            <th>日期 (date)</th><th>时间 (time)</th><th>服务员 (worker)</th><th>社区 (community)</th><th>地址 (address)</th>
            <th>服务项目 (item)</th><th class="num">价格 (元)</th><th>状态 (status)</th><th>实际时间</th><th class="num">实收 (元)</th>
            <th>评价 (stars)</th><th>投诉 (complaint)</th><th></th>
          </tr></thead>
          <tbody>
          {{#rows}}<tr>
            <td>{{date}}</td><td class="time">{{time}}</td><td>{{worker}}</td><td>{{community}}</td><td>{{address}}</td>
            <td>{{item}}</td><td class="num">{{price}}</td><td>{{status}}</td><td class="time">{{times}}</td>
            <td class="num">{{charged}}</td><td>{{stars}}</td><td>{{complaint}}</td>
            <td><a href="{{entryHref}}">确认 (confirm)</a></td>
          </tr>{{/rows}}
          </tbody>
        </table>
        </div>
        {{/hasRows}}
        {{/noWeek}}
        """
}
