import HTTPTypes
import Hummingbird
import LinliStore

/// The one place where the console decides who may use a route (Docs/Console.md, "Security model").
///
/// For a route with roles: an anonymous browser is sent to the login page (GET) or refused (403); a role the
/// route does not list gets 403; then every declared ``ScopedID`` present in the request must name a row in the
/// viewer's scope (``ScopeIndex/permits(_:_:_:)``; a run must exist), or the answer is 404 — the same answer as
/// for an id that does not exist, so guessing ids tells nothing. Only then does the handler run, and it
/// filters its queries by the viewer's scope (``PageRequest/scope``) as well.
struct AccessPolicy: Sendable {
    let console: WebConsole

    func respond(_ route: RouteDescriptor, _ request: Request, _ context: ConsoleContext) async throws -> Response {
        switch route.handler {
        case let .open(handler):
            return try await handler(request, context, console)
        case let .page(handler):
            guard let session = context.session else {
                if request.method == .get || request.method == .head { return PageRequest.redirect(to: "/login") }
                throw ConsoleHTTPError.forbidden
            }
            guard route.roles.contains(session.account.role) else { throw ConsoleHTTPError.forbidden }
            try check(route.scoped, of: session.account, in: request, context)
            return try await handler(PageRequest(request: request, context: context, console: console, session: session))
        }
    }

    /// Throws 404 unless every id of `scoped` that the request carries is in `account`'s scope.
    func check(_ scoped: [ScopedID], of account: ConsoleAccount, in request: Request, _ context: ConsoleContext) throws {
        guard !scoped.isEmpty else { return }
        let index = try console.datasets.current().scope
        for id in scoped {
            let values = Self.values(of: id, in: request, context)
            if values.isEmpty, id.source == .path { throw ConsoleHTTPError.notFound }
            // No page takes more than a few values of one id; thousands are only a way to make this check slow.
            if values.count > Self.maxValuesPerID { throw ConsoleHTTPError(.badRequest, ConsoleHTTPError.message(for: .badRequest)) }
            // Each distinct value once: a query may repeat a name thousands of times.
            for value in Set(values) {
                let permitted = switch id.kind {
                case .run: try Self.runID(value).flatMap { try console.workspace.run(id: $0) } != nil
                default: index.permits(account, id.kind, value)
                }
                guard permitted else { throw ConsoleHTTPError.notFound }
            }
        }
    }

    /// The most values a request may give one scoped id (a query or form repeating its name); more is a 400.
    static let maxValuesPerID = 100

    /// A run id as written in a URL or form: digits only.
    static func runID(_ text: String) -> Int64? {
        Int64(text, radix: 10)
    }

    /// Every value the request gives the id (a query or form may repeat a name).
    static func values(of id: ScopedID, in request: Request, _ context: ConsoleContext) -> [String] {
        switch id.source {
        case .path: context.parameters.get(id.name).map { [$0] } ?? []
        case .query: request.uri.queryParameters.getAll(id.name)
        case .form: context.form.values(id.name)
        }
    }
}
