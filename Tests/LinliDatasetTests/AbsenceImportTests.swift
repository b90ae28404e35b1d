import Foundation
import LinliModel
import Testing

@testable import LinliDataset

/// absences.csv: an optional file keyed by (worker_id, from), read all or nothing like the others.
@Suite struct AbsenceImportTests {
    static let header = "worker_id,from,until,reason"

    /// The import of `rows` as absences.csv into the fixture's dataset: its diagnostics, none when it succeeded.
    static func problems(_ rows: String) throws -> [Diagnostic] {
        let base = try Fixture().importing().dataset
        do {
            _ = try Fixture.importFile("absences.csv", Self.header + "\n" + rows + "\n", into: base)
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func readsAbsencesAndAllowsOverlapsOfOneWorker() throws {
        let d = try Fixture().importing().dataset
        #expect(d.absences.map(\.workerID) == ["W1", "W1", "W2"])
        #expect(d.absences[0] == Absence(
            workerID: "W1", from: Day(year: 2026, month: 11, day: 24)!, until: Day(year: 2026, month: 11, day: 24)!, reason: .sick))
        #expect(d.absences[2].reason == .training)
    }

    @Test func aFolderWithoutAbsencesIsValidAndKeepsTheStoredOnes() throws {
        let base = try Fixture().importing().dataset
        var fixture = Fixture()
        fixture.files[.absences] = nil
        let result = try fixture.importing(into: base)
        #expect(result.dataset.absences == base.absences)
        #expect(result.changes[.absences] == nil)
        #expect(DatasetFile.absences.isOptional && !DatasetFile.required.contains(.absences))
    }

    @Test func aLaterImportWithTheSameKeyReplacesTheAbsence() throws {
        let base = try Fixture().importing().dataset
        let result = try Fixture.importFile("absences.csv", """
            \(Self.header)
            W1,2026-11-23,2026-11-25,leave
            W2,2026-11-26,2026-11-26,other

            """, into: base)
        let d = result.dataset
        #expect(d.absences.count == 4)
        #expect(d.absences[1].until == Day(year: 2026, month: 11, day: 25))
        #expect(d.absences[3] == Absence(
            workerID: "W2", from: Day(year: 2026, month: 11, day: 26)!, until: Day(year: 2026, month: 11, day: 26)!, reason: .other))
        #expect(result.changes[.absences] == ChangeCount(added: 1, changed: 1, unchanged: 0))
    }

    @Test(arguments: [
        ("W9,2026-11-23,2026-11-24,sick", "worker_id", "unknown worker"),
        ("W1,2026-11-25,2026-11-24,sick", "until", "before from"),
        ("W1,2026-11-31,2026-12-01,sick", "from", "expected a date"),
        ("W1,2026-11-23,2026-11-24,holiday", "reason", "expected one of leave, sick, training or other"),
    ])
    func aBadRowIsALocatedErrorAndNothingIsImported(_ row: String, _ column: String, _ words: String) throws {
        let problems = try Self.problems(row)
        #expect(problems.count == 1, "\(problems)")
        let p = try #require(problems.first)
        #expect(p.description.hasPrefix("absences.csv:2: \(column): "), "\(p)")
        #expect(p.description.contains(words))
    }

    @Test func theSameKeyTwiceInOneFileIsADuplicate() throws {
        let problems = try Self.problems("W1,2026-11-23,2026-11-24,sick\nW1,2026-11-23,2026-11-29,leave")
        #expect(problems.map(\.description).count == 1)
        #expect(problems.first?.description.hasPrefix("absences.csv:3: from: ") == true)
        #expect(problems.first?.description.contains("duplicate") == true)
    }

    @Test func absencesSurviveTheWriterAndAnEmptyListWritesNoFile() throws {
        let d = try Fixture().importing().dataset
        let folder = TempFolder()
        defer { folder.remove() }
        try DatasetWriter.write(d, to: folder.file("with"))
        #expect(try DatasetReader.importDirectory(folder.file("with"), into: Dataset()).dataset == d)
        var none = d
        none.absences = []
        try DatasetWriter.write(none, to: folder.file("without"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("without/absences.csv")))
    }
}
