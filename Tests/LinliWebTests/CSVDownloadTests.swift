import Hummingbird
import HummingbirdTesting
import LinliDataset
import LinliModel
import Testing

@testable import LinliWeb

@Suite("CSV downloads")
struct CSVDownloadTests {
    @Test func plantedFormulasInADownloadedRosterAreNeutralised() async throws {
        let planted = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+SUM(1)", "-2+3", "@cmd"]
        let fixture = try ConsoleFixture { dataset in
            for i in dataset.households.indices { dataset.households[i].address = planted[i % planted.count] }
            for i in dataset.workers.indices { dataset.workers[i].name = planted[(i + 1) % planted.count] }
        }
        try await fixture.test { client in
            let response = try await fixture.browser("office-a").get("/office/roster.csv?week=\(fixture.week)", client)
            #expect(response.status == .ok)
            let lines = response.text.split(separator: "\n").dropFirst()
            #expect(!lines.isEmpty)
            for line in lines {
                for text in planted {
                    let quoted = text.contains(",") || text.contains("\"")
                        ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
                    #expect(!line.hasPrefix(quoted) && !line.contains("," + quoted), "\(line)")
                }
                #expect(line.contains(",'-2+3") || line.contains(",'@cmd") || line.contains(",'+SUM(1)") || line.contains(",\"'=HYPERLINK"))
            }
            let unmet = try await fixture.browser("office-a").get("/office/unmet.csv?week=\(fixture.week)", client)
            for line in unmet.text.split(separator: "\n").dropFirst() {
                #expect(!line.contains(",=") && !line.contains(",+") && !line.contains(",@"), "\(line)")
            }
        }
    }

    @Test func theFileNameKeepsOnlySafeCharacters() {
        let response = CSVDownload.response(fileName: "a\"; b/../c.csv", header: ["x"], rows: [])
        #expect(response.headers[.contentDisposition] == "attachment; filename=\"ab..c.csv\"")
    }
}
