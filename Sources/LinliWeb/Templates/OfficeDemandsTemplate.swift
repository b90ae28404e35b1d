/// `/office/demands`: the upload form, what an upload changed or why it was refused, and the households with
/// their demands.
enum OfficeDemandsTemplate {
    static let text = """
        <p class="muted">{{community}} · {{households}} 户 (households) · {{demandCount}} 项需求 (demands)</p>
        {{#pickCommunity}}
        <form method="get" class="toolbar">
          <label>社区 (community)
            <select name="community" data-autosubmit>
              {{#communities}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/communities}}
            </select>
          </label>
          <button type="submit" class="secondary">查看 (show)</button>
        </form>
        {{/pickCommunity}}
        <form method="post" action="/office/demands?{{query}}" enctype="multipart/form-data" class="toolbar">
          <input type="hidden" name="csrf_token" value="{{csrf}}">
          <label>上传需求清单 (demands.csv)<input type="file" name="file" accept=".csv,text/csv" required></label>
          <button type="submit">上传 (upload)</button>
          <a class="button secondary" href="/office/demands.csv?{{query}}" download>下载 CSV</a>
          <button type="button" class="secondary" data-print>打印 (print)</button>
        </form>
        <p class="muted">文件的列与 demands.csv 相同（可先下载、修改后再上传）；只能上传本社区住户的需求。有任何错误时不保存任何内容。</p>
        {{#message}}<p class="notice error" role="alert">{{message}}</p>{{/message}}
        {{#saved}}<p class="notice" role="status">{{saved}}
          {{#changes}}{{file}}：新增 {{added}}，修改 {{changed}}，未变 {{unchanged}}。{{/changes}}</p>{{/saved}}
        {{> diagnostics}}
        <div class="table-wrap">
        <table>
          <thead><tr>
            <th>住户 (household)</th><th>地址 (address)</th><th>需求 (demand)</th><th>服务类别 (category)</th>
            <th>方式 (mode)</th><th class="num">分钟 (minutes)</th><th>时间 (when)</th><th>时间窗 (window)</th>
            <th class="num">价格上限 (元)</th><th>指定服务员 (preferred)</th>
          </tr></thead>
          <tbody>
          {{#rows}}<tr>
            <td><a href="{{historyHref}}">{{household}}</a>{{#priority}} <span class="reason">{{priority}}</span>{{/priority}}</td>
            <td>{{address}}</td>
            {{#none}}<td colspan="8" class="muted">没有需求 (no demands)</td>{{/none}}
            {{^none}}<td>{{id}}</td><td>{{category}}</td><td>{{mode}}</td><td class="num">{{minutes}}</td>
            <td>{{when}}</td><td class="time">{{window}}</td><td class="num">{{maxPrice}}</td><td>{{preferred}}</td>{{/none}}
          </tr>{{/rows}}
          </tbody>
        </table>
        </div>
        {{> pager}}
        """
}
