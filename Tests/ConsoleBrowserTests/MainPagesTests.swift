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

    /// The enterprise confirms its worker's first visit of the week (Monday, the console's today) as planned: the
    /// form comes filled with the plan, saving returns to the list with a notice and the visit's status.
    @Test func enterpriseConfirmsAVisit() async throws {
        try await ConsoleServer.with(rostered: true) { console in
            try await ConsoleBrowser.with(console) { browser in
                try await browser.signIn(.enterprise)
                try await browser.open("/enterprise/records?week=\(ConsoleAccount.week)")
                try await browser.session.element("a[href*='/enterprise/records/entry']").click()
                try await browser.session.wait(for: "the record form") { try await browser.currentPath().contains("/entry") }
                try await browser.expectNoConsoleErrors()
                #expect(try await browser.session.elements("select[name=stars]").isEmpty, "an enterprise does not rate")
                try await browser.session.element("form.record button[type=submit]").click()
                try await browser.session.wait(for: "the list after saving") { try await browser.text().contains("已保存") }
                #expect(try await browser.text().contains("已完成 (done)"))
                try await browser.screenshot("enterprise-records")
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
