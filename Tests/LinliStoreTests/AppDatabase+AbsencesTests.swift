import Foundation
import GRDB
import LinliModel
import LinliStore
import Testing

/// Absences are stored with the dataset (migration "v2") and move its revision; runs keep their workload figures.
@Suite struct AppDatabaseAbsencesTests {
    static let sick = Absence(workerID: "W1", from: StoreFixture.day("2026-11-24"), until: StoreFixture.day("2026-11-25"), reason: .sick)
    static let leave = Absence(workerID: "W2", from: StoreFixture.day("2026-11-20"), until: StoreFixture.day("2026-11-30"), reason: .leave)

    static var withAbsences: Dataset {
        var d = StoreFixture.dataset
        d.absences = [sick, leave]
        return d
    }

    @Test func absencesRoundTripAndEveryChangeRaisesTheRevision() throws {
        let store = try AppDatabase.inMemory()
        try store.saveDataset(StoreFixture.dataset)
        let before = try store.loadRevisedDataset().revision
        try store.saveDataset(Self.withAbsences)
        let added = try store.loadRevisedDataset()
        #expect(added.dataset == Self.withAbsences)
        #expect(added.revision > before)

        var shorter = Self.withAbsences
        shorter.absences[0].until = shorter.absences[0].from
        try store.saveDataset(shorter)
        let shortened = try store.loadRevisedDataset()
        #expect(shortened.dataset.absences[0].until == Self.sick.from)
        #expect(shortened.revision > added.revision)

        var fewer = shorter
        fewer.absences.removeFirst()
        try store.saveDataset(fewer)
        let removed = try store.loadRevisedDataset()
        #expect(removed.dataset.absences == [Self.leave])
        #expect(removed.revision > shortened.revision)
        try store.saveDataset(fewer)
        #expect(try store.loadRevisedDataset().revision == removed.revision)
    }

    @Test func replacingWithoutAWorkerDeletesItsAbsences() throws {
        let store = try AppDatabase.inMemory()
        try store.saveDataset(Self.withAbsences)
        var smaller = Self.withAbsences
        smaller.workers.removeAll { $0.id == "W2" }
        smaller.absences.removeAll { $0.workerID == "W2" }
        _ = try store.updateDataset(replacing: true) { _ in smaller }
        #expect(try store.loadDataset().absences == [Self.sick])
    }

    @Test func aRunKeepsItsWorkloadFigures() throws {
        let store = try AppDatabase.inMemory()
        try store.saveDataset(StoreFixture.dataset)
        var roster = StoreFixture.roster()
        roster.summary.workload = Workload(utilisationMean: 0.4375, utilisationSD: 0.125)
        try store.publish(roster)
        #expect(try store.publishedRoster(week: StoreFixture.week)?.summary.workload == roster.summary.workload)
    }

    @Test func theAbsenceMigrationIsNamedAndComesAfterV2() throws {
        let queue = try DatabaseQueue()
        _ = try AppDatabase(queue)
        let migrations = try queue.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") }
        #expect(migrations.prefix(2) == ["v1", "v2"])
        let columns = try queue.read { db in try db.columns(in: "runs").map(\.name) }
        #expect(columns.contains("utilisation_mean") && columns.contains("utilisation_sd"))
    }
}
