import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting

extension Browser {
    /// POSTs a `multipart/form-data` form with one file field, as a browser's upload form does, with the session
    /// cookie and, unless `csrf` is false, the CSRF token as a field.
    func upload(
        _ uri: String, file: String = "file", fileName: String, bytes: [UInt8], csrf: Bool = true, _ client: some TestClientProtocol
    ) async throws -> TestResponse {
        let boundary = "linli-test-boundary-7MA4YWxkTrZu0gW"
        var body = ""
        if csrf { body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n\(csrfToken)\r\n" }
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file)\"; filename=\"\(fileName)\"\r\n"
        body += "Content-Type: text/csv\r\n\r\n"
        var buffer = ByteBuffer(string: body)
        buffer.writeBytes(bytes)
        buffer.writeString("\r\n--\(boundary)--\r\n")
        return try await client.execute(
            uri: uri, method: .post,
            headers: [.cookie: cookieHeader, .contentType: "multipart/form-data; boundary=\(boundary)"], body: buffer)
    }
}
