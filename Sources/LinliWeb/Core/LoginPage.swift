import Foundation
import Hummingbird
import LinliKit

/// Signing in and out. The login form carries a CSRF token of its own, since there is no session yet: the same
/// server-signed value in a cookie and in the form (``LoginTokens``).
enum LoginPage {
    static func show(_ request: Request, _ context: ConsoleContext, _ console: WebConsole) async throws -> Response {
        if context.session != nil { return PageRequest.redirect(to: "/") }
        return form(console, message: nil, name: "", status: .ok)
    }

    static func signIn(_ request: Request, _ context: ConsoleContext, _ console: WebConsole) async throws -> Response {
        let name = Workspace.loginName(context.form.value("name")?.trimmingCharacters(in: .whitespaces) ?? "")
        let password = context.form.value("password") ?? ""
        let client = ClientAddress.resolve(
            peer: context.peerAddress, forwardedFor: request.headers[values: ClientAddress.forwardedFor],
            trusted: console.configuration.trustedProxies)
        do {
            let (workspace, policy) = (console.workspace, console.configuration.accounts)
            let signIn = try await console.signIns.run(client: client) { try workspace.signIn(name: name, password: password, client: client, policy: policy) }
            // The browser's previous session, if it holds a live one, ends: a sign-in as someone else must not leave
            // it live. Only a verified session: a cookie naming someone else's selector must not end theirs.
            if context.session != nil, let previous = request.cookies[SessionMiddleware.cookieName]?.value {
                try workspace.signOut(token: previous)
            }
            var response = PageRequest.redirect(to: "/")
            response.setCookie(cookie(
                SessionMiddleware.cookieName, signIn.token, maxAge: Int(console.configuration.accounts.sessionLifetime), console))
            response.setCookie(cookie(FormMiddleware.loginCookie, "", maxAge: 0, console))
            return response
        } catch ConsoleError.throttled(let minutes) {
            return form(console, message: "登录失败次数过多 (too many attempts)，请 \(minutes) 分钟后再试。", name: name, status: .tooManyRequests)
        } catch ConsoleError.wrongPassword {
            return form(console, message: "账号或密码错误 (wrong name or password)。", name: name, status: .unauthorized)
        }
    }

    static func signOut(_ page: PageRequest) async throws -> Response {
        if let token = page.request.cookies[SessionMiddleware.cookieName]?.value {
            try page.workspace.signOut(token: token)
        }
        try page.audit("logout", "")
        var response = PageRequest.redirect(to: "/login")
        response.setCookie(cookie(SessionMiddleware.cookieName, "", maxAge: 0, page.console))
        return response
    }

    /// The login page with a fresh CSRF token in its form and cookie.
    private static func form(_ console: WebConsole, message: String?, name: String, status: HTTPResponse.Status) -> Response {
        let token = console.loginTokens.make()
        var fields: [String: Any] = ["csrf": token, "name": name]
        if let message { fields["message"] = message }
        let body = (try? console.renderer.fragment("login", fields)) ?? ""
        var response = console.renderer.page(title: "登录 (log in)", body: body, viewer: nil, currentPath: "/login", status: status)
        response.setCookie(cookie(FormMiddleware.loginCookie, token, maxAge: nil, console))
        return response
    }

    /// Every cookie the console sets: whole site, HttpOnly, SameSite=Strict, and Secure when configured; a
    /// `maxAge` of 0 deletes it, nil keeps it for the browser's session.
    private static func cookie(_ name: String, _ value: String, maxAge: Int?, _ console: WebConsole) -> Cookie {
        Cookie(
            name: name, value: value, maxAge: maxAge, path: "/", secure: console.configuration.secureCookies, httpOnly: true,
            sameSite: .strict)
    }
}
