/// A worker's printable route sheet: one table per day, in route order.
enum RouteSheetTemplate {
    static let text = """
        {{#none}}
        <p class="notice">{{#week}}{{week}} {{/week}}没有发布的排班 (no published roster)，没有路线单。</p>
        <p><a href="{{backHref}}">返回服务员列表</a></p>
        {{/none}}
        {{^none}}
        <section class="sheet">
        <div class="toolbar">
        <a href="{{backHref}}">返回服务员列表</a>
        <a class="button secondary" href="{{csvHref}}">下载 CSV</a>
        <button type="button" data-print>打印 (print)</button>
        </div>
        <p class="sheet-head"><strong>{{workerName}}</strong> ({{workerID}}) · {{enterpriseName}} · 网点 {{basePoint}} · {{period}}</p>
        <div class="figures">
        <div><strong>{{visits}}</strong>次上门 (visits)</div>
        <div><strong>{{minutes}}</strong>服务分钟</div>
        <div><strong>{{amount}}</strong>金额 (元)</div>
        <div><strong>{{travel}}</strong>路程 (travel)</div>
        </div>
        {{#empty}}<p class="notice">此期间没有上门服务 (no visits)。</p>{{/empty}}
        {{#days}}
        <h2>{{date}} {{weekday}}</h2>
        <div class="table-wrap"><table class="route">
        <thead><tr><th class="num">顺序</th><th>时间</th><th>地址 (address)</th><th>社区</th><th>服务项目</th>
        <th class="num">分钟</th><th class="num">价格 (元)</th><th>前往 (travel)</th></tr></thead>
        <tbody>
        {{#visits}}<tr><td class="num">{{order}}</td><td class="time">{{start}}–{{end}}</td><td>{{address}}</td><td>{{community}}</td>
        <td>{{item}}</td><td class="num">{{minutes}}</td><td class="num">{{price}}</td><td class="time">{{travel}}</td></tr>{{/visits}}
        </tbody>
        <tfoot><tr><td></td><td colspan="4">合计 · 回家 {{home}}</td><td class="num">{{minutes}}</td><td class="num">{{amount}}</td><td></td></tr></tfoot>
        </table></div>
        {{/days}}
        </section>
        {{/none}}
        """
}
