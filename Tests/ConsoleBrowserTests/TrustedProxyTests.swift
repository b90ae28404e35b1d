import AsyncHTTPClient
import Foundation
import NIOCore
import Testing

/// `linli serve --trusted-proxy` over HTTP (no browser): the built command hands the option to the console, so
/// that failed sign-ins count under the client a trusted proxy names in `X-Forwarded-For`.
@Suite struct TrustedProxyTests {
    /// The login page's CSRF token and the cookie that must come back with it.
    static func loginForm(_ console: ConsoleServer) async throws -> (token: String, cookie: String) {
        let response = try await HTTPClient.shared.execute(HTTPClientRequest(url: console.url("/login")), timeout: .seconds(60))
        #expect(response.status == .ok)
        let page = String(buffer: try await response.body.collect(upTo: 1 << 20))
        let token = try #require(page.firstMatch(of: /name="csrf_token" value="([0-9a-f.]+)"/)).output.1
        let cookie = try #require(response.headers["set-cookie"].first { $0.hasPrefix("linli_login_csrf=") })
        return (String(token), String(cookie.prefix { $0 != ";" }))
    }

    /// Posts the login form as `client` (its `X-Forwarded-For`) and answers the status code, not following the
    /// redirection a sign-in answers.
    static func signIn(_ console: ConsoleServer, password: String, as client: String, with http: HTTPClient) async throws -> UInt {
        let form = try await loginForm(console)
        let encode = { (text: String) in text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text }
        var request = HTTPClientRequest(url: console.url("/login"))
        request.method = .POST
        request.headers.add(name: "Cookie", value: form.cookie)
        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        request.headers.add(name: "X-Forwarded-For", value: client)
        let body = "name=\(encode(ConsoleAccount.planner.name))&password=\(encode(password))&csrf_token=\(form.token)"
        request.body = .bytes(ByteBuffer(string: body))
        let response = try await http.execute(request, timeout: .seconds(120))
        _ = try await response.body.collect(upTo: 1 << 20)
        return response.status.code
    }

    @Test func failedSignInsCountUnderTheClientATrustedProxyNames() async throws {
        let http = HTTPClient(configuration: HTTPClient.Configuration(redirectConfiguration: .disallow))
        do {
            try await ConsoleServer.with(serving: ["--trusted-proxy", "127.0.0.1"]) { console in
                let started = ContinuousClock.now
                for _ in 0..<5 {
                    #expect(try await Self.signIn(console, password: "not-the-password", as: "198.51.100.1", with: http) == 401)
                }
                let guesser = try await Self.signIn(console, password: ConsoleAccount.password, as: "198.51.100.1", with: http)
                // The failures are forgotten after the 15 minutes of the default policy; a starved machine may take that long.
                if ContinuousClock.now - started < .seconds(600) {
                    #expect(guesser == 429, "the guessing client is throttled")
                }
                let other = try await Self.signIn(console, password: ConsoleAccount.password, as: "198.51.100.2", with: http)
                #expect(other == 303, "another client behind the same proxy still signs in: the option reached the console")
            }
        } catch {
            try await http.shutdown()
            throw error
        }
        try await http.shutdown()
    }
}
