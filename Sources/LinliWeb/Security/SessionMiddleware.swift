import Hummingbird
import LinliKit

/// Finds the signed-in session of the request's cookie, if any, and puts it in the context.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = ConsoleContext

    /// The cookie holding the session token: HttpOnly, SameSite=Strict, path `/`.
    static let cookieName = "linli_session"

    let workspace: Workspace
    /// The tokens this server already checked with bcrypt.
    let verified: VerifiedTokens

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let token = request.cookies[Self.cookieName]?.value, !token.isEmpty {
            context.session = try workspace.session(token: token, verified: verified)
        }
        return try await next(request, context)
    }
}
