import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting

/// A signed-in browser in tests: its session cookie and CSRF token, and requests that carry them.
struct Browser: Sendable {
    var sessionToken: String
    var csrfToken: String

    /// No session at all.
    static let anonymous = Browser(sessionToken: "", csrfToken: "")

    var cookieHeader: String { "linli_session=\(sessionToken)" }

    /// GET `uri` with the session cookie.
    func get(_ uri: String, _ client: some TestClientProtocol) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: [.cookie: cookieHeader], body: nil)
    }

    /// POST `fields` (url-encoded) to `uri` with the session cookie and, unless `csrf` is false, the CSRF token.
    func post(_ uri: String, _ client: some TestClientProtocol, fields: [(String, String)] = [], csrf: Bool = true) async throws -> TestResponse {
        let all = csrf ? fields + [("csrf_token", csrfToken)] : fields
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await client.execute(
            uri: uri, method: .post,
            headers: [.cookie: cookieHeader, .contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: body))
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
    }
}

extension TestResponse {
    /// The body as UTF-8 text.
    var text: String { String(buffer: body) }
}
