import Foundation
import LinliKit
import LinliModel
import LinliStore
import LinliTestSupport
import Testing

/// Absences end to end: absences.csv and `linli absence`, rostering around them, and the dataset revision.
@Suite struct AbsenceTests {
    /// One in twenty workers (5%) away for one to three days of the week, with every reason.
    static func absencesCSV(for workers: [Worker]) -> (text: String, absences: [Absence]) {
        let reasons = AbsenceReason.allCases
        var absences: [Absence] = []
        for (n, worker) in workers.enumerated() where n % 20 == 0 {
            let from = Fixtures.monday.adding(days: (n / 20) % 5)
            absences.append(Absence(
                workerID: worker.id, from: from, until: from.adding(days: (n / 20) % 3), reason: reasons[(n / 20) % reasons.count]))
        }
        let rows = absences.map { "\($0.workerID),\($0.from),\($0.until),\($0.reason.rawValue)" }
        return ((["worker_id,from,until,reason"] + rows + [""]).joined(separator: "\n"), absences)
    }

    @Test func aRosterAroundFivePercentAbsentWorkersPassesTheCheck() throws {
        let fixture = try KitFixture.imported(.small, seed: 3)
        let (text, absences) = Self.absencesCSV(for: fixture.dataset.workers)
        #expect(absences.count * 20 >= fixture.dataset.workers.count)
        let unaware = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick))
        #expect(unaware.roster.assignments.contains { row in absences.contains { $0.workerID == row.workerID && $0.covers(row.date) } },
                "without the absences, some of those worker-days are worked")
        let path = fixture.folder.path("absences.csv")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let summary = try fixture.workspace.importDataset(from: [path])
        #expect(summary.wrote)

        let before = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick))
        let check = try fixture.workspace.check(week: Fixtures.week)
        #expect(check.passed, "\(check.lines)")
        for row in before.roster.assignments {
            #expect(!absences.contains { $0.workerID == row.workerID && $0.covers(row.date) }, "\(row)")
        }
        #expect(before.roster.summary.workload.utilisationMean > 0)
        #expect(check.workload == before.roster.summary.workload)
    }

    @Test func addShortenListAndRemoveWithoutAFile() throws {
        let fixture = try KitFixture.imported()
        let worker = fixture.dataset.workers[0].id
        let tuesday = Fixtures.day(2)
        let absence = Absence(workerID: worker, from: tuesday, until: Fixtures.day(5), reason: .sick)
        #expect(try fixture.workspace.addAbsence(absence) == false)
        var shorter = absence
        shorter.until = tuesday
        #expect(try fixture.workspace.addAbsence(shorter) == true)
        #expect(try fixture.workspace.absences(week: Fixtures.week) == [shorter])
        #expect(try fixture.workspace.absences(week: Fixtures.week.next) == [])
        #expect(try fixture.workspace.dataset().absences == [shorter])

        try fixture.workspace.removeAbsence(workerID: worker, from: tuesday)
        #expect(try fixture.workspace.absences() == [])
        #expect(throws: KitError.noAbsence(workerID: worker, from: tuesday)) {
            try fixture.workspace.removeAbsence(workerID: worker, from: tuesday)
        }
    }

    @Test func badAbsencesAreRefusedAndStoreNothing() throws {
        let fixture = try KitFixture.imported()
        let bytes = try fixture.databaseBytes()
        #expect(throws: KitError.unknownWorker("NOBODY")) {
            try fixture.workspace.addAbsence(Absence(workerID: "NOBODY", from: Fixtures.monday, until: Fixtures.monday, reason: .sick))
        }
        let worker = fixture.dataset.workers[0].id
        #expect(throws: KitError.absenceBackwards(from: Fixtures.day(3), until: Fixtures.day(2))) {
            try fixture.workspace.addAbsence(Absence(workerID: worker, from: Fixtures.day(3), until: Fixtures.day(2), reason: .sick))
        }
        #expect(try fixture.databaseBytes() == bytes)
    }

    @Test func aSickCallWhileRosteringStopsThePublication() throws {
        let fixture = try KitFixture.imported(.tiny, seed: 4)
        let worker = fixture.dataset.workers[0].id
        let other = Workspace(databasePath: fixture.workspace.databasePath)
        let runsBefore = try fixture.workspace.runLines(week: nil)
        let error = try #require(throws: StoreError.self) {
            try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick)) { step in
                if step.hasPrefix("solving") {
                    _ = try? other.addAbsence(Absence(workerID: worker, from: Fixtures.monday, until: Fixtures.monday, reason: .sick))
                }
            }
        }
        #expect(error == .datasetChanged(path: fixture.workspace.databasePath))
        #expect(try fixture.workspace.runLines(week: nil) == runsBefore, "nothing was published")
        #expect(try fixture.workspace.absences().count == 1)
    }

    @Test func aReplacingFolderWithoutAbsencesKeepsThoseOfRemainingWorkers() throws {
        let fixture = try KitFixture.imported()
        let workers = fixture.dataset.workers.map(\.id)
        for id in workers.prefix(2) {
            try fixture.workspace.addAbsence(Absence(workerID: id, from: Fixtures.monday, until: Fixtures.monday, reason: .leave))
        }
        var smaller = fixture.dataset
        smaller.workers.removeAll { $0.id == workers[0] }
        smaller.demands = smaller.demands.map {
            var d = $0
            if d.preferredWorkerID == workers[0] { d.preferredWorkerID = nil }
            return d
        }
        let path = try fixture.write(smaller, as: "smaller")
        _ = try fixture.workspace.importDataset(from: [path], options: ImportOptions(replace: true))
        #expect(try fixture.workspace.absences().map(\.workerID) == [workers[1]])
    }
}
