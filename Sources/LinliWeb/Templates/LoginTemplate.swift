/// The login form.
enum LoginTemplate {
    static let text = """
        {{#message}}<p class="notice error" role="alert">{{message}}</p>{{/message}}
        <form method="post" action="/login" class="login">
          <input type="hidden" name="csrf_token" value="{{csrf}}">
          <label>账号 (name)<input name="name" autocomplete="username" required value="{{name}}"></label>
          <label>密码 (password)<input name="password" type="password" autocomplete="current-password" required></label>
          <button type="submit">登录 (log in)</button>
        </form>
        """
}
