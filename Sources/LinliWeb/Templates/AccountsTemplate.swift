/// The accounts page: the list with per-account actions, and the add form.
enum AccountsTemplate {
    static let text = """
        {{#notice}}<p class="notice">{{.}}</p>{{/notice}}
        {{#error}}<p class="notice error">{{.}}</p>{{/error}}
        <div class="toolbar"><a class="button secondary" href="/admin/accounts.csv">下载 CSV</a></div>
        <div class="table-wrap"><table>
        <thead><tr><th class="num">编号</th><th>账号 (name)</th><th>角色 (role)</th><th>范围 (scope)</th><th>状态</th><th>操作</th></tr></thead>
        <tbody>
        {{#rows}}<tr><td class="num">{{id}}</td><td>{{name}}</td><td>{{role}}</td><td>{{scope}}</td>
        <td>{{#disabled}}<span class="warn">已停用 (disabled)</span>{{/disabled}}{{^disabled}}正常{{/disabled}}</td>
        <td>
        {{#disabled}}<form method="post" action="/admin/accounts/{{id}}/enable" class="inline"><input type="hidden" name="csrf_token" value="{{csrf}}"><button type="submit" class="link">启用 (enable)</button></form>{{/disabled}}
        {{^disabled}}<form method="post" action="/admin/accounts/{{id}}/disable" class="inline"><input type="hidden" name="csrf_token" value="{{csrf}}"><button type="submit" class="link">停用 (disable)</button></form>{{/disabled}}
        <form method="post" action="/admin/accounts/{{id}}/password" class="inline"><input type="hidden" name="csrf_token" value="{{csrf}}">
        <input type="password" name="password" placeholder="新密码" autocomplete="new-password" required><button type="submit" class="link">重设密码 (reset)</button></form>
        </td></tr>{{/rows}}
        </tbody></table></div>
        <h2>添加账号 (add account)</h2>
        <form method="post" action="/admin/accounts" class="upload">
        <input type="hidden" name="csrf_token" value="{{csrf}}">
        <label>账号 (name) <input name="name" required autocomplete="off"></label>
        <label>角色 (role) <select name="role">{{#roles}}<option value="{{value}}">{{label}}</option>{{/roles}}</select></label>
        <label>社区编号 (community，社区账号) <input name="community"></label>
        <label>企业编号 (enterprise，企业账号) <input name="enterprise"></label>
        <label>密码 (password) <input type="password" name="password" required autocomplete="new-password"></label>
        <button type="submit">添加</button>
        </form>
        """
}
