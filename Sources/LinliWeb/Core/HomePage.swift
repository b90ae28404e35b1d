import Hummingbird

/// `/`: the login page for an anonymous browser, else the first page of the viewer's role.
enum HomePage {
    static func show(_ request: Request, _ context: ConsoleContext, _ console: WebConsole) async throws -> Response {
        guard let session = context.session else { return PageRequest.redirect(to: "/login") }
        if let home = console.renderer.home(of: session.account.role) { return PageRequest.redirect(to: home) }
        let page = PageRequest(request: request, context: context, console: console, session: session)
        let viewer = page.viewer()
        return try page.render("home", title: "首页", ["name": viewer.name, "roleName": viewer.roleName])
    }
}
