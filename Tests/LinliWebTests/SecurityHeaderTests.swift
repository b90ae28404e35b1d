import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import LinliWeb

@Suite("Security headers, upload limit, error pages")
struct SecurityHeaderTests {
    static func expectSecurityHeaders(_ response: TestResponse, _ uri: String) {
        let csp = response.headers[.contentSecurityPolicy] ?? ""
        #expect(csp.contains("default-src 'self'"), "\(uri)")
        #expect(csp.contains("frame-ancestors 'none'"), "\(uri)")
        #expect(!csp.contains("unsafe-inline"), "\(uri)")
        #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(uri)")
        #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer", "\(uri)")
    }

    @Test(arguments: ["/login", "/", "/no/such/page", "/static/console.css", "/static/console.js"])
    func everyResponseCarriesTheHeaders(uri: String) async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        try await fixture.test { client in
            Self.expectSecurityHeaders(try await Browser.anonymous.get(uri, client), uri)
            Self.expectSecurityHeaders(try await fixture.browser("office-a").get(uri, client), uri)
        }
    }

    @Test func pagesHaveNoInlineScriptOrStyle() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        try await fixture.test { client in
            let page = try await Browser.anonymous.get("/login", client).text
            #expect(page.contains("<script src=\"/static/console.js\""))
            #expect(!page.contains("<script>"))
            #expect(!page.contains(" style="))
            #expect(!page.contains("<style"))
        }
    }

    @Test func aBodyOverTheLimitGets413WithAMessage() async throws {
        let fixture = try ConsoleFixture(maxUploadBytes: 2048)
        let browser = try fixture.browser("office-a")
        try await fixture.test { client in
            let response = try await browser.post("/logout", client, fields: [("file", String(repeating: "x", count: 10_000))])
            #expect(response.status == .contentTooLarge)
            #expect(response.text.contains("上传内容太大"))
            Self.expectSecurityHeaders(response, "/logout")
        }
    }

    @Test func anUnknownPageIsA404PageInChinese() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        try await fixture.test { client in
            let response = try await fixture.browser("admin").get("/no/such/page", client)
            #expect(response.status == .notFound)
            #expect(response.text.contains("找不到"))
        }
    }
}
