import LinliModel
import Testing

@testable import LinliDataset

/// service_records.csv: every column's validation, the visit key, upserts and the off-roster warning.
@Suite struct ServiceRecordReadingTests {
    static let header = "demand_id,date,worker_id,status,started,ended,price,stars,complaint,note"

    /// The problems of the fixture with line 2 of service_records.csv replaced by `row`.
    func problems(_ row: String) -> [Diagnostic] {
        Fixture().replacing(.serviceRecords, line: 2, with: row).problems()
    }

    func expectError(_ row: String, column: String, containing text: String) {
        let found = problems(row)
        #expect(
            found.contains { $0.file == "service_records.csv" && $0.line == 2 && $0.column == column && $0.message.contains(text) },
            "\(row): \(found)")
    }

    @Test func readsAValidFile() throws {
        let records = try Fixture().importing().dataset.serviceRecords
        #expect(records.count == 2)
        let done = records[0]
        #expect(done.status == .done && done.started == TimeOfDay(text: "08:05") && done.ended == TimeOfDay(text: "10:00"))
        #expect(done.price == Fen(9000) && done.stars == 5 && done.complaint == .noComplaint && done.note == "准时")
        let cancelled = records[1]
        #expect(cancelled.status == .householdCancelled && cancelled.started == nil && cancelled.price == nil)
        #expect(cancelled.stars == nil && cancelled.complaint == nil)
    }

    @Test func rejectsEveryBadColumn() {
        expectError("D9,2026-11-23,W1,done,08:05,10:00,90,5,none,", column: "demand_id", containing: "unknown demand")
        expectError("D1,2026-11-23,W9,done,08:05,10:00,90,5,none,", column: "worker_id", containing: "unknown worker")
        expectError("D1,2026-11-23,W1,finished,08:05,10:00,90,5,none,", column: "status", containing: "worker_no_show")
        expectError("D1,2026-11-23,W1,done,10:00,10:00,90,5,none,", column: "ended", containing: "end after it started")
        expectError("D1,2026-11-23,W1,done,11:00,10:00,90,5,none,", column: "ended", containing: "end after it started")
        expectError("D1,2026-11-23,W1,done,,10:00,90,5,none,", column: "started", containing: "missing value")
        expectError("D1,2026-11-23,W1,done,08:05,10:00,,5,none,", column: "price", containing: "missing value")
        expectError("D1,2026-11-23,W1,done,08:05,10:00,-5,5,none,", column: "price", containing: "expected")
        expectError("D1,2026-11-23,W1,done,08:05,10:00,90,6,none,", column: "stars", containing: "1 to 5")
        expectError("D1,2026-11-23,W1,done,08:05,10:00,90,0,none,", column: "stars", containing: "1 to 5")
        expectError("D1,2026-11-23,W1,done,08:05,10:00,90,5,bad,", column: "complaint", containing: "serious")
        expectError("D1,23/11/2026,W1,done,08:05,10:00,90,5,none,", column: "date", containing: "YYYY-MM-DD")
    }

    /// A note is one line that reads as written: Unicode line and paragraph separators and bidirectional
    /// controls are refused like a line break, and the message shows them escaped.
    @Test func aNoteWithALineSeparatorOrABidiControlIsRefused() {
        for scalar in ["\u{2028}", "\u{2029}", "\u{202E}", "\u{202A}", "\u{2066}", "\u{2069}", "\u{200E}", "\u{200F}", "\u{61C}"] {
            let row = "D1,2026-11-23,W1,worker_no_show,,,,,,a\(scalar)b"
            expectError(row, column: "note", containing: "no bidirectional control")
            #expect(problems(row).allSatisfy { !$0.message.contains(scalar) }, "\(scalar.unicodeScalars.first!.value)")
        }
        #expect(problems("D1,2026-11-23,W1,worker_no_show,,,,,,准时 \u{200D}👩‍👩‍👧 ok").isEmpty, "a joiner is no control")
    }

    @Test func aRecordWithoutOptionalValuesIsValid() {
        #expect(problems("D1,2026-11-23,W1,worker_no_show,,,,,,").isEmpty)
        #expect(problems("D1,2026-11-23,W1,household_absent,,,,1,serious,没人开门").isEmpty)
    }

    @Test func theSameVisitTwiceInOneFileIsAnError() {
        let fixture = Fixture().appending(.serviceRecords, "D1,2026-11-23,W1,worker_no_show,,,,,,")
        #expect(fixture.problems().contains { $0.line == 4 && $0.message.contains("duplicate record of demand \"D1\"") })
    }

    @Test func aLaterImportReplacesTheRecordOfTheSameVisit() throws {
        let base = try Fixture().importing().dataset
        let result = try Fixture.importFile("service_records.csv", """
            \(Self.header)
            D1,2026-11-23,W1,worker_no_show,,,,,serious,没来

            """, into: base)
        #expect(result.dataset.serviceRecords.count == 2)
        #expect(result.dataset.serviceRecords[0].status == .workerNoShow)
        #expect(result.changes == [.serviceRecords: ChangeCount(changed: 1)])
    }

    @Test func aRecordOfAVisitOnNoPublishedRosterIsAWarning() throws {
        let folder = TempFolder()
        defer { folder.remove() }
        Fixture().write(to: folder)
        let rostered: Set<VisitKey> = [VisitKey(demandID: "D1", date: Day(year: 2026, month: 11, day: 23)!)]
        let result = try DatasetReader.importDirectory(folder.path, into: Dataset(), rostered: rostered)
        let warnings = result.warnings.filter { $0.file == "service_records.csv" }
        #expect(warnings.count == 1)
        #expect(warnings.first?.line == 3 && warnings.first?.severity == .warning)
        #expect(warnings.first?.message.contains("on no published roster") == true)
    }

    @Test func offRosterWarningsAreCappedAndCounted() throws {
        let base = try Fixture().importing().dataset
        let days = (1...25).map { Day(year: 2026, month: 1, day: $0)! }
        let rows = days.map { "D1,\($0),W1,worker_no_show,,,,,," }
        let folder = TempFolder()
        defer { folder.remove() }
        let path = folder.write("service_records.csv", ([Self.header] + rows).joined(separator: "\n") + "\n")
        let otherVisits = Set(days.map { VisitKey(demandID: "D2", date: $0) })
        let result = try DatasetReader.importFiles([path], into: base, rostered: otherVisits)
        #expect(result.warnings.count == DatasetReader.offRosterWarningLimit + 1)
        #expect(result.warnings.contains { $0.line == 0 && $0.message.hasPrefix("5 more records") })
        #expect(result.dataset.serviceRecords.count == base.serviceRecords.count + 25)
    }

    @Test func recordsOfWeeksWithNoRosterAreOneWarningNamingTheWeeks() throws {
        let base = try Fixture().importing().dataset
        let rows = (1...25).map { "D1,\(Day(year: 2026, month: 1, day: $0)!),W1,worker_no_show,,,,,," }
        let folder = TempFolder()
        defer { folder.remove() }
        let path = folder.write("service_records.csv", ([Self.header] + rows).joined(separator: "\n") + "\n")
        let result = try DatasetReader.importFiles([path], into: base, rostered: [])
        #expect(result.warnings.count == 1)
        let message = try #require(result.warnings.first?.message)
        #expect(message.hasPrefix("25 records are of weeks with no published roster (2026-W01, 2026-W02, 2026-W03, 2026-W04)"))
    }

    @Test func aFolderWithoutRecordsKeepsTheStoredOnes() throws {
        let base = try Fixture().importing().dataset
        var fixture = Fixture()
        fixture.files[.serviceRecords] = nil
        let folder = TempFolder()
        defer { folder.remove() }
        fixture.write(to: folder)
        let result = try DatasetReader.importDirectory(folder.path, into: base)
        #expect(result.dataset.serviceRecords == base.serviceRecords)
        #expect(result.changes[.serviceRecords] == nil)
    }
}
