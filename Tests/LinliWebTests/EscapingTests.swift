import HummingbirdTesting
import Testing

@testable import LinliWeb

@Suite("Stored text is escaped in pages")
struct EscapingTests {
    @Test func markupInStoredTextIsShownNotRun() async throws {
        let markup = "<script>alert(\"x\")</script>"
        let fixture = try ConsoleFixture { dataset in
            for i in dataset.households.indices { dataset.households[i].address = markup }
            for i in dataset.workers.indices { dataset.workers[i].name = "<img src=x onerror=alert(1)>" }
        }
        try await fixture.test { client in
            for uri in ["/office/roster", "/office/unmet"] {
                let page = try await fixture.browser("office-a").get(uri, client).text
                #expect(!page.contains("<script>alert"), "\(uri)")
                #expect(!page.contains("<img src=x"), "\(uri)")
            }
            let roster = try await fixture.browser("office-a").get("/office/roster", client).text
            #expect(roster.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        }
    }
}
