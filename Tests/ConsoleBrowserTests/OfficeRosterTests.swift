import Foundation
import LinliBrowserSupport
import Testing

/// A community office clerk in a real browser: the week's roster of her community, the unmet visits with
/// their reasons, and the roster's CSV download, which holds her community's households only.
@Suite(.enabled(if: Browser.shouldRun, "needs chromium and chromedriver"), .serialized)
struct OfficeRosterTests {
    @Test func officeSeesItsRosterAndUnmetVisitsAndDownloadsTheCSV() async throws {
        try await ConsoleServer.with(rostered: true) { console in
            try await ConsoleBrowser.with(console) { browser in
                try await browser.signIn(.office)
                try await browser.open("/office/roster?week=\(ConsoleAccount.week)")
                let rows = try await browser.session.elements("table tbody tr")
                #expect(!rows.isEmpty, "the roster page shows visits")
                try await browser.screenshot("office-roster")

                let csv = try await browser.download(linkTo: "/office/roster.csv", named: "roster")
                #expect(csv.starts(with: [0xEF, 0xBB, 0xBF]), "the CSV starts with a byte order mark, as export writes it")
                let lines = String(decoding: csv.dropFirst(3), as: UTF8.self).split(whereSeparator: \.isNewline)
                #expect(lines.first?.hasPrefix("demand_id,date,start,end,worker_id,enterprise_id,item_code,price") == true)
                let demands = try SampleDistrict.demandsOfCommunity("C001")
                let foreign = lines.dropFirst().map { String($0.prefix { $0 != "," }) }.filter { !demands.contains($0) }
                #expect(lines.count > 1)
                #expect(foreign.isEmpty, "rows of other communities in the office's CSV: \(foreign.prefix(5))")

                try await browser.open("/office/unmet?week=\(ConsoleAccount.week)")
                #expect(try await browser.text().contains("未排班"))
                try await browser.screenshot("office-unmet")
            }
        }
    }
}
