import Foundation
import LinliBrowserSupport
import Testing

/// The main pages of the other roles in a real browser, on a rostered district: the planner's coverage map,
/// an enterprise worker's route sheet, the admin's accounts. Each renders without a JavaScript error; with
/// `LINLI_SCREENSHOTS=DIR` each is also saved as a PNG (Docs/screenshots/ holds the committed ones).
@Suite(
    .enabled(if: Browser.shouldRun, "needs chromium and chromedriver"), .serialized)
struct MainPagesTests {
    @Test func plannerOpensTheCoverageMap() async throws {
        try await ConsoleServer.with(rostered: true) { console in
            try await ConsoleBrowser.with(console) { browser in
                try await browser.signIn(.planner)
                try await browser.open("/planner/coverage")
                let circles = try await browser.session.elements("figure.map svg circle")
                #expect(!circles.isEmpty, "the map draws the district's households and points")
                try await browser.screenshot("planner-map")
            }
        }
    }

    @Test func enterpriseOpensAWorkersRouteSheet() async throws {
        try await ConsoleServer.with(rostered: true) { console in
            try await ConsoleBrowser.with(console) { browser in
                try await browser.signIn(.enterprise)
                try await browser.open("/enterprise/workers")
                try await browser.session.element("a[href*='/route']").click()
                try await browser.session.wait(for: "the route sheet") { try await browser.currentPath().contains("/route") }
                try await browser.expectNoConsoleErrors()
                let head = try await browser.session.element("section.sheet .sheet-head").text()
                #expect(head.contains("安心家政"), "the sheet names the worker's enterprise (E001): \(head)")
                try await browser.screenshot("enterprise-route")
            }
        }
    }

    @Test func adminSeesTheAccountsAndTheAuditLog() async throws {
        try await ConsoleServer.with(rostered: true) { console in
            try await ConsoleBrowser.with(console) { browser in
                try await browser.signIn(.admin)
                try await browser.open("/admin/accounts")
                let page = try await browser.text()
                for account in ConsoleAccount.all {
                    #expect(page.contains(account.name), "the accounts page lists \(account.name)")
                }
                try await browser.screenshot("admin-accounts")
                try await browser.open("/admin/audit")
                #expect(try await !browser.session.elements("table tbody tr").isEmpty, "the audit log has rows")
            }
        }
    }
}
