import Foundation
import LinliBrowserSupport
import Testing

/// Every role signs in through the login form of the real server, lands on its own first page, and signs
/// out; a wrong password is refused on the page. No page logs a JavaScript error.
@Suite(.enabled(if: Browser.shouldRun, "needs chromium and chromedriver"), .serialized)
struct SignInTests {
    @Test(arguments: [
        (ConsoleAccount.office, "/office/"), (ConsoleAccount.enterprise, "/"),
        (ConsoleAccount.planner, "/"), (ConsoleAccount.admin, "/"),
    ])
    func eachRoleSignsInToItsOwnPagesAndOut(account: ConsoleAccount, home: String) async throws {
        try await ConsoleServer.with(rostered: true) { console in
            try await ConsoleBrowser.with(console) { browser in
                try await browser.signIn(account)
                let landed = try await browser.currentPath()
                #expect(landed.hasPrefix(home), "\(account.name) landed on \(landed)")
                #expect(try await browser.session.element("header .who .account").text() == account.name)

                try await browser.session.element("form[action='/logout'] button").click()
                try await browser.session.wait(for: "the login page after signing out") {
                    try await browser.currentPath().hasPrefix("/login")
                }
                try await browser.open("/office/roster")
                #expect(try await browser.currentPath().hasPrefix("/login"), "signed out, the roster sends to the login page")
            }
        }
    }

    @Test func aWrongPasswordIsRefusedOnTheLoginPage() async throws {
        try await ConsoleServer.with { console in
            try await ConsoleBrowser.with(console) { browser in
                try await browser.open("/login")
                try await browser.session.element("input[name=name]").sendKeys(ConsoleAccount.office.name)
                try await browser.session.element("input[name=password]").sendKeys("not-the-password")
                try await browser.session.element("form.login button[type=submit]").click()
                // Waited for, not read at once: the element found may belong to the page the POST replaces.
                try await browser.session.wait(for: "the refusal on the login page") {
                    try await browser.session.element("[role=alert]").text().contains("wrong name or password")
                }
                #expect(try await browser.currentPath().hasPrefix("/login"))
                // The refused sign-in answers 401, which the browser logs as a failed resource: expected here.
                _ = try await browser.session.consoleLog()
            }
        }
    }
}
