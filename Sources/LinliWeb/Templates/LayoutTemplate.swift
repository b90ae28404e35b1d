/// The one page layout: header with the account and its role, the role's navigation, the logout form.
enum LayoutTemplate {
    static let text = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · 邻里 Linli</title>
        <link rel="stylesheet" href="/static/console.css">
        <script src="/static/console.js" defer></script>
        </head>
        <body>
        <header class="top">
          <a class="brand" href="/">邻里 Linli</a>
          {{#viewer}}
          <nav class="nav" aria-label="导航">
            {{#nav}}<a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a>{{/nav}}
          </nav>
          <div class="who">
            <span class="account">{{name}}</span>
            <span class="role">{{roleName}}{{#scopeLabel}} · {{scopeLabel}}{{/scopeLabel}}</span>
            <form method="post" action="/logout" class="inline">
              <input type="hidden" name="csrf_token" value="{{csrf}}">
              <button type="submit" class="link">退出 (log out)</button>
            </form>
          </div>
          {{/viewer}}
        </header>
        <main>
        <h1>{{title}}</h1>
        {{{body}}}
        </main>
        <footer class="foot">邻里 Linli · 家政服务排班</footer>
        </body>
        </html>
        """
}
