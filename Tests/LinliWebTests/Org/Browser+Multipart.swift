import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting

extension Browser {
    /// POST a `multipart/form-data` form to `uri`: the text `fields`, the CSRF token, and `files`
    /// (field name, file name, contents) — what a browser sends for an upload form.
    func upload(
        _ uri: String, fields: [(String, String)] = [], files: [(field: String, name: String, text: String)],
        _ client: some TestClientProtocol
    ) async throws -> TestResponse {
        let boundary = "linli-test-\(UUID().uuidString)"
        var body = ""
        for (name, value) in fields + [("csrf_token", csrfToken)] {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        for file in files {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\n"
                + "Content-Type: text/csv\r\n\r\n\(file.text)\r\n"
        }
        body += "--\(boundary)--\r\n"
        return try await client.execute(
            uri: uri, method: .post,
            headers: [.cookie: cookieHeader, .contentType: "multipart/form-data; boundary=\(boundary)"],
            body: ByteBuffer(string: body))
    }
}
