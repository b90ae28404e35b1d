import HTTPTypes
import Hummingbird
import LinliKit
import NIOHTTP1

/// The outermost middleware: turns every error into a Chinese error page and puts the security headers on
/// every response, error pages included.
///
/// Content-Security-Policy allows only the console's own files: no inline script or style, no frames, forms
/// posting only back to the console.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = ConsoleContext

    let renderer: PageRenderer
    let configuration: ConsoleConfiguration

    static let contentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
        + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

    static let headers: HTTPFields = [
        .contentSecurityPolicy: contentSecurityPolicy,
        .xContentTypeOptions: "nosniff",
        HTTPField.Name("X-Frame-Options")!: "DENY",
        HTTPField.Name("Referrer-Policy")!: "no-referrer",
        HTTPField.Name("Cross-Origin-Opener-Policy")!: "same-origin",
    ]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            response = errorPage(for: error, context: context)
        }
        response.headers.append(contentsOf: Self.headers)
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }

    /// The page for `error`: our own refusals with their message, Hummingbird's with a message for the status,
    /// a request whose body cannot be read as HTTP (a malformed chunk, a body cut short) as 400 on a closing
    /// connection, anything else as a 500 whose details go to the log only. The one place errors become statuses.
    func errorPage(for error: any Error, context: Context) -> Response {
        let failure: ConsoleHTTPError
        switch error {
        case is HTTPParserError:
            failure = ConsoleHTTPError(.badRequest, ConsoleHTTPError.message(for: .badRequest))
        case let e as ConsoleHTTPError:
            failure = e
        case let e as any HTTPResponseError where e.status == .contentTooLarge:
            failure = .tooLarge(maxBytes: configuration.maxUploadBytes)
        case let e as any HTTPResponseError:
            failure = ConsoleHTTPError(e.status, ConsoleHTTPError.message(for: e.status))
        case let e as KitError:
            failure = ConsoleHTTPError(.badRequest, e.description)
        default:
            context.logger.error("request failed: \(String(describing: error))")
            failure = ConsoleHTTPError(.internalServerError, ConsoleHTTPError.message(for: .internalServerError))
        }
        var response = renderer.errorResponse(failure, session: context.session)
        // After a framing error the rest of the connection cannot be read as requests.
        if error is HTTPParserError { response.headers[.connection] = "close" }
        return response
    }
}
