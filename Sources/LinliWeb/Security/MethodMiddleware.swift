import HTTPTypes
import Hummingbird

/// Answers a method that a known path does not take with 405 and `Allow` (RFC 9110 §15.5.6), and OPTIONS with 204
/// and `Allow` (§9.3.7), before any session, form or CSRF work. A path no route has is 404 for any method: asked
/// with GET or HEAD by the router, with any other method here, before the form's CSRF check would answer 403.
///
/// The answer depends only on the route table, never on the ids in the path, so it tells nothing about records
/// outside the viewer's scope.
struct MethodMiddleware: RouterMiddleware {
    typealias Context = ConsoleContext

    let allowed: AllowedMethods

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let methods = allowed.methods(forPath: request.uri.path) else {
            guard request.method == .get || request.method == .head else { throw ConsoleHTTPError.notFound }
            return try await next(request, context)
        }
        guard !methods.contains(request.method) else { return try await next(request, context) }
        let allow = AllowedMethods.header(methods.union([.options]))
        if request.method == .options { return Response(status: .noContent, headers: [.allow: allow]) }
        // An answer to HEAD has no body: the status and headers alone.
        if request.method == .head { return Response(status: .methodNotAllowed, headers: [.allow: allow]) }
        throw ConsoleHTTPError.methodNotAllowed(allow: allow)
    }
}
