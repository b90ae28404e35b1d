import Foundation
import LinliKit
import LinliModel
import Testing

@Suite struct FailureTextTests {
    @Test func refusedInputListsEveryDiagnosticThenACount() {
        let error = DiagnosticsError([
            .error(file: "workers.csv", line: 3, column: "certificate_until", "expected a date"),
            .warning(file: "menu.csv", line: 0, column: "colour", "unknown column"),
            .error(file: "demands.csv", line: 9, column: "minutes", "expected a whole number"),
        ])
        let lines = FailureText.lines(for: error)
        #expect(lines.count == 4)
        #expect(lines[0] == "workers.csv:3: certificate_until: error: expected a date")
        #expect(lines[1].hasPrefix("menu.csv: colour: warning:"))
        #expect(lines[3].hasPrefix("linli: error:"))
        #expect(lines[3].contains("2 errors and 1 warning"))
    }

    @Test func otherErrorsReadAsOneLinliErrorLine() {
        #expect(FailureText.lines(for: KitError.noRoster(week: ISOWeek(year: 2026, week: 48)!))
            == ["linli: error: \(KitError.noRoster(week: ISOWeek(year: 2026, week: 48)!))"])
    }

    @Test func aFileSystemErrorNamesThePathAndTheReasonInWords() throws {
        let folder = NSTemporaryDirectory() + "linli-failure-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Writing a file over a folder, and reading a file that is not there.
        let overFolder = #expect(throws: CocoaError.self) { try Data("x".utf8).write(to: URL(fileURLWithPath: folder)) }
        let missing = #expect(throws: CocoaError.self) { try Data(contentsOf: URL(fileURLWithPath: folder + "/none.csv")) }
        let writing = FailureText.lines(for: try #require(overFolder)).joined()
        let reading = FailureText.lines(for: try #require(missing)).joined()
        #expect(writing.hasPrefix("linli: error: cannot write \(folder): "), "\(writing)")
        #expect(reading == "linli: error: cannot read \(folder)/none.csv: there is no such file or folder", "\(reading)")
        #expect(!writing.contains("NSCocoaErrorDomain") && !reading.contains("The operation"))
    }
}
