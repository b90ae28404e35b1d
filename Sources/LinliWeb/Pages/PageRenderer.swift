import HTTPTypes
import Hummingbird
import LinliStore
import Mustache

/// Renders the console's Mustache templates (Swift string constants, no resource bundle) and wraps pages in the
/// one layout.
public struct PageRenderer: Sendable {
    private let library: MustacheLibrary
    /// The navigation entries of each role, in registry order.
    private let navigation: [ConsoleRole: [NavItem]]

    struct NavItem: Sendable {
        var label: String
        var href: String
        var current = false
    }

    struct LayoutData {
        var title: String
        var body: String
        var viewer: Viewer?
        var nav: [NavItem]
    }

    init(areas: [any ConsoleArea.Type]) throws {
        var library = MustacheLibrary()
        try library.register(LayoutTemplate.text, named: "layout")
        try library.register(ErrorTemplate.text, named: "error")
        for area in areas {
            for (name, text) in area.templates { try library.register(text, named: name) }
        }
        self.library = library
        var navigation: [ConsoleRole: [NavItem]] = [:]
        for route in areas.flatMap({ $0.routes }) where route.method == .get && route.pathParameters.isEmpty {
            guard let label = route.nav else { continue }
            for role in route.roles.sorted() { navigation[role, default: []].append(NavItem(label: label, href: route.path)) }
        }
        self.navigation = navigation
    }

    /// The first navigation entry of `role`: where the home page sends it.
    func home(of role: ConsoleRole) -> String? { navigation[role]?.first?.href }

    /// `template` rendered with `data`, without the layout.
    /// - Throws: a 500 when no template has that name (a programming error shown as a page, not a crash).
    public func fragment(_ template: String, _ data: Any) throws -> String {
        guard let html = library.render(data, withTemplate: template) else {
            throw ConsoleHTTPError(.internalServerError, "页面模板缺失 (template '\(template)')。")
        }
        return html
    }

    /// A whole HTML page: `body` inside the layout.
    func page(title: String, body: String, viewer: Viewer?, currentPath: String, status: HTTPResponse.Status = .ok) -> Response {
        let nav: [NavItem] = viewer.map { v in
            (navigation[v.role] ?? []).map { item -> NavItem in
                var item = item
                item.current = currentPath == item.href || currentPath.hasPrefix(item.href + "/")
                return item
            }
        } ?? []
        let html = library.render(LayoutData(title: title, body: body, viewer: viewer, nav: nav), withTemplate: "layout") ?? body
        return Self.html(html, status: status)
    }

    /// The error page of `failure`, in the layout when a session is known.
    func errorResponse(_ failure: ConsoleHTTPError, session: ConsoleSession?) -> Response {
        let body = library.render(["message": failure.message, "code": "\(failure.status.code)"], withTemplate: "error") ?? failure.message
        var response = page(
            title: failure.status.code == 404 ? "找不到" : "无法完成", body: body,
            viewer: session.map { Viewer(session: $0, scopeLabel: nil) }, currentPath: "", status: failure.status)
        response.headers.append(contentsOf: failure.headers)
        return response
    }

    /// An HTML response.
    static func html(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }
}

/// Template lookups by name rather than through `Mirror` (see ``Viewer``'s).
extension PageRenderer.LayoutData: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "body": body
        case "viewer": viewer
        case "nav": nav
        default: nil
        }
    }
}

extension PageRenderer.NavItem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "href": href
        case "current": current
        default: nil
        }
    }
}
