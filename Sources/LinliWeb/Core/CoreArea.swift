import LinliStore

/// The routes every console has: login, logout, the home page that sends each role to its area, the static files.
enum CoreArea: ConsoleArea {
    static let routes: [RouteDescriptor] = [
        .open(.get, "/", handler: HomePage.show),
        .open(.get, "/login", handler: LoginPage.show),
        .open(.post, "/login", handler: LoginPage.signIn),
        .page(.post, "/logout", roles: Set(ConsoleRole.allCases), handler: LoginPage.signOut),
        .open(.get, "/static/console.css", handler: StaticFiles.stylesheet),
        .open(.get, "/static/console.js", handler: StaticFiles.script),
    ]

    static let templates = ["login": LoginTemplate.text, "home": HomeTemplate.text]
}
