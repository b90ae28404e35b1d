import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LinliStore
import Testing

@testable import LinliWeb

/// The console over a real HTTP server (Hummingbird's live test server on a free port): HEAD answers what GET
/// answers without the body, and a request whose framing is broken gets 400, never 500.
@Suite("HEAD and malformed requests over a real server")
struct HTTPProtocolTests {
    /// The headers a HEAD answer must share with the GET answer (Date and the login form's fresh cookie differ).
    static let sharedHeaders: [HTTPField.Name] = [
        .location, .contentType, .contentDisposition, .contentSecurityPolicy, .xContentTypeOptions, .cacheControl,
    ]

    /// Every GET route, for every role and an anonymous browser, with the viewer's own ids and with ids it may not
    /// use: HEAD gets GET's status (200, redirect to /login, 403, 404) and headers, and no body.
    @Test func headAnswersEveryGetRouteAsGetDoesWithoutABody() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        let samples = try ScopeSamples(fixture)
        let admin = try fixture.account("admin")
        let routes = AreaRegistry.routes.filter { $0.method == .get }
        #expect(!routes.isEmpty)
        try await fixture.test(.live) { client in
            for name in AccessMatrixTests.roles + ["anonymous"] {
                let account = name == "anonymous" ? nil : try fixture.account(name)
                let browser = try account.map { try fixture.browser($0.name) } ?? .anonymous
                for route in routes {
                    var uris = [AccessMatrixTests.path(route) { samples.own($0, for: account ?? admin) }]
                    if let account {
                        uris += route.scoped.compactMap { AccessMatrixTests.guess($0, of: route, for: account, samples)?.uri }
                    }
                    for uri in uris {
                        let get = try await browser.get(uri, client)
                        let head = try await client.execute(uri: uri, method: .head, headers: [.cookie: browser.cookieHeader], body: nil)
                        #expect(head.status == get.status, "\(name) HEAD \(uri): \(head.status), GET \(get.status)")
                        #expect(head.body.readableBytes == 0, "\(name) HEAD \(uri) has a body")
                        for field in Self.sharedHeaders {
                            #expect(head.headers[field] == get.headers[field], "\(name) HEAD \(uri): \(field)")
                        }
                    }
                }
            }
        }
    }

    /// HEAD of a static file tells the length GET would send.
    @Test func headOfAStaticFileTellsItsLength() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        try await fixture.test(.live) { client in
            for uri in ["/static/console.css", "/static/console.js"] {
                let get = try await Browser.anonymous.get(uri, client)
                let head = try await client.execute(uri: uri, method: .head, headers: [:], body: nil)
                #expect(head.status == .ok && get.status == .ok, "\(uri)")
                #expect(head.headers[.contentLength] == "\(get.body.readableBytes)", "\(uri)")
                #expect(head.body.readableBytes == 0, "\(uri)")
            }
        }
    }

    /// A request head for POST /login with `framing` (headers and what follows the blank line).
    static func postLogin(_ framing: String) -> String {
        "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n" + framing
    }

    @Test(arguments: [
        ("a malformed chunk size on a GET", "GET /login HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", false),
        ("a malformed chunk size", postLogin("Transfer-Encoding: chunked\r\n\r\nzz\r\nname=x\r\n0\r\n\r\n"), false),
        ("a chunk cut short", postLogin("Transfer-Encoding: chunked\r\n\r\n10\r\nname=x"), true),
        ("a body shorter than its Content-Length", postLogin("Content-Length: 100\r\n\r\nname=x"), true),
        ("a Content-Length that is no number", postLogin("Content-Length: abc\r\n\r\nname=x"), false),
        ("a negative Content-Length", postLogin("Content-Length: -1\r\n\r\nname=x"), false),
        ("a Content-Length beyond any integer", postLogin("Content-Length: 99999999999999999999999\r\n\r\nname=x"), false),
        ("two different Content-Lengths", postLogin("Content-Length: 6\r\nContent-Length: 7\r\n\r\nname=x"), false),
    ])
    func aBrokenBodyIsABadRequestAndTheConnectionCloses(what: String, request: String, halfClose: Bool) async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        try await fixture.test(.live) { client in
            let port = try #require(client.port)
            // The server answers and closes at once. It runs on threads of its own (`DedicatedExecutor`); the
            // long silence allowed is for a machine whose two cores are busy with the rest of the suite.
            let answer = try await RawConnection.exchange(port: port, request, halfClose: halfClose, seconds: 60)
            #expect(RawConnection.statuses(answer.text) == [400], "\(what): \(answer.text)")
            #expect(answer.closed, "\(what): the connection stays open")
        }
    }

    /// Also a length the HTTP parser takes but that no `Int` holds (2^63 and 2^64 − 1), which was once waited for.
    @Test(arguments: ["999999999999", "9223372036854775808", "18446744073709551615"])
    func aContentLengthOverTheLimitIs413BeforeTheBodyIsRead(length: String) async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        try await fixture.test(.live) { client in
            let port = try #require(client.port)
            let request = Self.postLogin("Connection: close\r\nContent-Length: \(length)\r\n\r\nname=x")
            let answer = try await RawConnection.exchange(port: port, request, seconds: 60)
            #expect(RawConnection.statuses(answer.text) == [413], "\(answer.text)")
            #expect(answer.text.contains("上传内容太大"))
        }
    }
}
