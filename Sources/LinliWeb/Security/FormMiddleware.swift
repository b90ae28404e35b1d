import HTTPTypes
import Hummingbird
import LinliKit

/// Reads the body of every state-changing request (up to its limit, else 413), parses it as a form and
/// refuses it with 403 unless it carries the expected CSRF token — the session's, or for an anonymous browser
/// (the login form) the token of its login cookie, which must also be one this server signed (``LoginTokens``),
/// so a cookie an attacker planted with a value of its choosing is refused. The one place CSRF is checked. A body
/// on a GET or HEAD is read and dropped.
struct FormMiddleware: RouterMiddleware {
    typealias Context = ConsoleContext

    /// The form field, and the header for scripts, that carry the token.
    static let field = "csrf_token"
    static let header = HTTPField.Name("X-CSRF-Token")!
    /// The cookie of the token an anonymous browser's login form carries (double-submit).
    static let loginCookie = "linli_login_csrf"

    /// The upload limit: only a signed-in user's multipart form (a file) may be this large.
    let maxBytes: Int
    let loginTokens: LoginTokens

    /// The most any other body may hold: the console's typed forms (a note, a list of ids) are a few KB. An
    /// anonymous 8 MB form of `+` once took 20 s to read and decode before its token was looked at.
    static let maxFormBytes = 64 << 10

    /// The limit for `request`: ``maxBytes`` for a signed-in multipart upload, else at most ``maxFormBytes``.
    func limit(for request: Request, context: Context) -> Int {
        let multipart = request.headers[.contentType]?.lowercased().hasPrefix("multipart/form-data") == true
        return context.session != nil && multipart ? maxBytes : min(maxBytes, Self.maxFormBytes)
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let limit = limit(for: request, context: context)
        // A length of digits that no Int holds (the HTTP parser takes up to 2^64 − 1) is over the limit too, not a
        // body to wait for.
        if let text = request.headers[.contentLength], !text.isEmpty, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
           Int(text).map({ $0 > limit }) ?? true {
            throw ConsoleHTTPError.tooLarge(maxBytes: limit)
        }
        var request = request
        guard request.method != .get, request.method != .head else {
            // A body on a GET means nothing, but it is read before the answer, so that one that cannot be read
            // as HTTP (a malformed chunk) is refused with 400 rather than answered and then cut off.
            if request.headers[.transferEncoding] != nil || request.headers[.contentLength].map({ $0 != "0" }) == true {
                _ = try await Self.body(of: &request, upTo: limit)
            }
            return try await next(request, context)
        }
        let body = try await Self.body(of: &request, upTo: limit)
        let form = try FormData.parse(body, contentType: request.headers[.contentType])
        let signed = (request.cookies[Self.loginCookie]?.value).flatMap { loginTokens.verifies($0) ? $0 : nil }
        let expected = context.session?.csrfToken ?? signed
        let sent = form.value(Self.field) ?? request.headers[Self.header]
        guard let expected, let sent, !expected.isEmpty, SessionToken.matches(sent, expected) else {
            throw ConsoleHTTPError.badToken
        }
        var context = context
        context.form = form
        return try await next(request, context)
    }

    /// The body, at most `limit` bytes; a longer one is refused with the limit named.
    static func body(of request: inout Request, upTo limit: Int) async throws -> ByteBuffer {
        do {
            return try await request.collectBody(upTo: limit)
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw ConsoleHTTPError.tooLarge(maxBytes: limit)
        }
    }
}
