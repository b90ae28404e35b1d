import Foundation
import LinliBrowserSupport
import Testing

/// A community office's week in a real browser: roster the week in the background, upload a demand list with
/// a planted error (reported as `file:line`, nothing saved) and then a good one, take a sick call that
/// replans, and download the changes.
@Suite(
    .enabled(if: Browser.shouldRun, "needs chromium and chromedriver"), .serialized)
struct OfficeWorkflowTests {
    @Test func officeRostersUploadsDemandsAndReplansAfterASickCall() async throws {
        try await ConsoleServer.with { console in
            try await ConsoleBrowser.with(console) { browser in
                try await browser.signIn(.office)

                // Roster the week from the console; the job page refreshes itself until the roster is published.
                try await browser.open("/office/absences?week=\(ConsoleAccount.week)")
                try await browser.session.element("form[action^='/office/roster'] input[value=roster] ~ button").click()
                try await waitForJob(browser, showing: "排班已发布")
                try await browser.open("/office/roster?week=\(ConsoleAccount.week)")
                #expect(try await !browser.session.elements("table tbody tr").isEmpty, "the console's roster run published visits")

                try await uploadDemands(browser, console)

                // The sick call: the first worker listed, absent on the form's default date; confirm the dialog.
                try await browser.open("/office/absences?week=\(ConsoleAccount.week)")
                try await browser.session.element("form[action^='/office/absences'] button[type=submit]").click()
                #expect(try await browser.session.alertText().contains("重排"))
                try await browser.session.acceptAlert()
                try await waitForJob(browser, showing: "本社区的变更")
                try await browser.screenshot("office-replan")
                let changes = try await browser.download(linkTo: "/office/changes.csv", named: "changes")
                let header = String(decoding: changes.dropFirst(3), as: UTF8.self).prefix { !$0.isNewline }
                #expect(header.hasPrefix("demand_id,date,before_worker_id,before_start,after_worker_id,after_start,change"))
            }
        }
    }

    /// Waits until the background job's page (which reloads itself) shows `text`, failing early when the job
    /// reports a failure.
    private func waitForJob(_ browser: ConsoleBrowser, showing text: String) async throws {
        try await browser.session.wait(seconds: 180, for: "the job page to show \(text)") {
            let page = try await browser.text()
            if page.contains("任务失败") { throw JobFailed(page: page) }
            return page.contains(text)
        }
        try await browser.expectNoConsoleErrors()
    }

    struct JobFailed: Error, CustomStringConvertible {
        var page: String
        var description: String { "the background job failed:\n\(page)" }
    }

    /// The community's demand list uploaded twice: first with minutes that are not a number on line 3 (refused
    /// with its location, nothing saved), then as it is (saved).
    private func uploadDemands(_ browser: ConsoleBrowser, _ console: ConsoleServer) async throws {
        let demands = try SampleDistrict.demandsOfCommunity("C001")
        let original = try String(contentsOf: ConsoleServer.sampleData().appendingPathComponent("demands.csv"), encoding: .utf8)
        var lines = original.split(whereSeparator: \.isNewline).map(String.init)
        lines = [lines[0]] + lines.dropFirst().filter { demands.contains(String($0.prefix { $0 != "," })) }
        let good = console.folder.appendingPathComponent("good/demands.csv")
        let bad = console.folder.appendingPathComponent("bad/demands.csv")
        for file in [good, bad] {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        }
        try (lines.joined(separator: "\n") + "\n").write(to: good, atomically: true, encoding: .utf8)
        var planted = lines
        var cells = planted[2].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        cells[4] = "ninety"  // minutes
        planted[2] = cells.joined(separator: ",")
        try (planted.joined(separator: "\n") + "\n").write(to: bad, atomically: true, encoding: .utf8)

        try await browser.open("/office/demands")
        let before = try await browser.session.elements("table:not(.diagnostics) tbody tr").count
        try await browser.session.element("input[type=file][name=file]").sendKeys(bad.path)
        try await browser.session.element("form[enctype='multipart/form-data'] button[type=submit]").click()
        var located = ""
        try await browser.session.wait(for: "the located errors of the refused upload") {
            located = try await browser.session.element("table.diagnostics tbody tr td").text()
            return true
        }
        #expect(located.hasSuffix(":3"), "the planted error is reported at line 3, got \(located)")
        #expect(try await browser.session.element("table.diagnostics tbody tr").text().contains("minutes"))
        try await browser.screenshot("office-demands-error")
        // The refused upload answers with an error status, which the browser logs as a failed resource.
        _ = try await browser.session.consoleLog()
        try await browser.open("/office/demands")
        #expect(try await browser.session.elements("table:not(.diagnostics) tbody tr").count == before, "nothing was saved")

        try await browser.session.element("input[type=file][name=file]").sendKeys(good.path)
        try await browser.session.element("form[enctype='multipart/form-data'] button[type=submit]").click()
        try await browser.session.wait(for: "the summary of the stored upload") {
            try await browser.session.element("[role=status]").text().contains("demands")
        }
        #expect(try await browser.session.elements("table.diagnostics").isEmpty)
        try await browser.expectNoConsoleErrors()
    }
}
