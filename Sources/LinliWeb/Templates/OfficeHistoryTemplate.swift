/// `/office/households/{household}/history`: a household's visits, newest first, for printing.
enum OfficeHistoryTemplate {
    static let text = """
        <p>{{community}} · {{address}}{{#priority}} <span class="reason">{{priority}}</span>{{/priority}} · {{count}} 次服务</p>
        <div class="toolbar">
          <a class="button secondary" href="{{csv}}" download>下载 CSV</a>
          <button type="button" class="secondary" data-print>打印 (print)</button>
        </div>
        {{^hasRows}}<p class="notice">还没有计划或记录的服务 (no planned or recorded visits)。</p>{{/hasRows}}
        {{#hasRows}}
        <div class="table-wrap">
        <table>
          <thead><tr>
            <th>日期 (date)</th><th>需求 (demand)</th><th>计划 (planned)</th><th>服务项目 (item)</th><th class="num">价格 (元)</th>
            <th>状态 (status)</th><th>服务员 (worker)</th><th>实际时间</th><th class="num">实收 (元)</th><th>评价 (stars)</th>
            <th>投诉 (complaint)</th><th>备注 (note)</th><th class="num">服务员评分 (rating)</th>
          </tr></thead>
          <tbody>
          {{#rows}}<tr>
            <td>{{date}}</td><td>{{demand}}</td><td>{{planned}}</td><td>{{item}}</td><td class="num">{{price}}</td>
            <td>{{status}}</td><td>{{worker}}</td><td class="time">{{times}}</td><td class="num">{{charged}}</td>
            <td>{{stars}}</td><td>{{complaint}}</td><td>{{note}}</td><td class="num">{{rating}}</td>
          </tr>{{/rows}}
          </tbody>
        </table>
        </div>
        {{/hasRows}}
        """
}
