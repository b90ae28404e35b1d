import HTTPTypes
import Hummingbird
import LinliStore

/// One route of the console: its method and path, the roles allowed, the ids checked against the viewer's
/// scope, its navigation label, and its handler. Every route is declared this way (Docs/Console.md) and
/// ``AccessPolicy`` enforces the declaration, so the security tests can walk them all.
public struct RouteDescriptor: Sendable {
    /// A handler for a signed-in viewer whose role and ids were checked.
    public typealias PageHandler = @Sendable (PageRequest) async throws -> Response
    /// A handler anyone may reach (the login page, the stylesheet).
    public typealias OpenHandler = @Sendable (Request, ConsoleContext, WebConsole) async throws -> Response

    enum Handler: Sendable {
        case page(PageHandler)
        case open(OpenHandler)
    }

    public var method: HTTPRequest.Method
    /// A Hummingbird path pattern: `/office/roster`, `/enterprise/workers/{worker}/route`.
    public var path: String
    /// The roles that may use the route; empty for an open route.
    public var roles: Set<ConsoleRole>
    /// The ids the policy checks before the handler runs.
    public var scoped: [ScopedID]
    /// A sample value for each path parameter that is not a scoped id (e.g. `week` → `2026-W48`), for the
    /// security tests and the route list of Docs/Console.md.
    public var examples: [String: String]
    /// The label of the route in the navigation bar of the roles allowed (GET routes without path parameters).
    public var nav: String?
    let handler: Handler

    /// A page for signed-in viewers of `roles`.
    public static func page(
        _ method: HTTPRequest.Method, _ path: String, roles: Set<ConsoleRole>, scoped: [ScopedID] = [],
        examples: [String: String] = [:], nav: String? = nil, handler: @escaping PageHandler
    ) -> RouteDescriptor {
        precondition(!roles.isEmpty, "\(path): a page needs at least one role; use .open for a public route")
        return RouteDescriptor(method: method, path: path, roles: roles, scoped: scoped, examples: examples, nav: nav, handler: .page(handler))
    }

    /// A route anyone may reach, signed in or not.
    public static func open(_ method: HTTPRequest.Method, _ path: String, handler: @escaping OpenHandler) -> RouteDescriptor {
        RouteDescriptor(method: method, path: path, roles: [], scoped: [], examples: [:], nav: nil, handler: .open(handler))
    }

    /// Whether anyone may reach the route.
    public var isOpen: Bool { roles.isEmpty }

    /// The names of the path's parameters (`{name}` or `:name` segments).
    public var pathParameters: [String] {
        path.split(separator: "/").compactMap { segment in
            if segment.hasPrefix("{"), segment.hasSuffix("}") { return String(segment.dropFirst().dropLast()) }
            if segment.hasPrefix(":") { return String(segment.dropFirst()) }
            return nil
        }
    }
}
