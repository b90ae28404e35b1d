/// The enterprise's menu page.
enum EnterpriseMenuTemplate {
    static let text = """
        {{> enterprise-picker}}
        {{#report}}{{> upload-report}}{{/report}}
        <div class="toolbar">
        <a class="button secondary" href="/enterprise/menu.csv{{enterprise.query}}">下载 CSV (menu.csv)</a>
        <span class="muted">共 {{count}} 个价目版本 (menu rows)</span>
        </div>
        <form method="post" action="/enterprise/menu{{enterprise.query}}" enctype="multipart/form-data" class="upload">
        <input type="hidden" name="csrf_token" value="{{csrf}}">
        <label>上传新菜单 (upload menu.csv)：<input type="file" name="file" accept=".csv,text/csv" required></label>
        <button type="submit">上传并导入</button>
        <p class="muted">只接受本企业的行；任何一行有错则全部不保存。比前一版本涨价超过 10% 的价目会提醒 (规范价格秩序)。</p>
        </form>
        <div class="table-wrap"><table>
        <thead><tr><th>编号 (item_code)</th><th>名称</th><th>类别</th><th>方式 (mode)</th><th>计价 (unit)</th>
        <th class="num">价格 (元)</th><th class="num">最少分钟</th><th class="num">技能等级</th><th>生效日期 (effective_from)</th></tr></thead>
        <tbody>
        {{#rows}}<tr><td>{{itemCode}}</td><td>{{name}}</td><td>{{category}}</td><td>{{mode}}</td><td>{{unit}}</td>
        <td class="num">{{price}}</td><td class="num">{{minMinutes}}</td><td class="num">{{skillLevel}}</td><td class="time">{{effectiveFrom}}</td></tr>{{/rows}}
        </tbody></table></div>
        """
}
