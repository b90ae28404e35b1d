import Foundation
import GRDB
import LinliModel
import LinliStore
import Testing

/// A roster is published only against the dataset it was computed from, with the pins that shaped it.
@Suite struct AppDatabaseRevisionTests {
    @Test func everyChangeOfTheDatasetRaisesTheRevisionAndAnUnchangedSaveDoesNot() throws {
        let store = try AppDatabase.inMemory()
        let empty = try store.loadRevisedDataset().revision
        try store.saveDataset(StoreFixture.dataset)
        let stored = try store.loadRevisedDataset()
        #expect(stored.revision > empty)
        #expect(stored.dataset == StoreFixture.dataset)
        try store.saveDataset(StoreFixture.dataset)
        #expect(try store.loadRevisedDataset().revision == stored.revision)
        var changed = StoreFixture.dataset
        changed.workers[0].maxWeekMinutes = 60
        try store.saveDataset(changed)
        #expect(try store.loadRevisedDataset().revision > stored.revision)
    }

    @Test func aRosterComputedFromAnOlderDatasetIsRefusedWithItsPins() throws {
        let store = try AppDatabase.inMemory()
        try store.saveDataset(StoreFixture.dataset)
        let loaded = try store.loadRevisedDataset()
        var changed = StoreFixture.dataset
        changed.demands[0].minutes = 60
        try store.saveDataset(changed)

        let pin = Pin(demandID: "D1", date: StoreFixture.day("2026-11-23"), workerID: "W1")
        let error = #expect(throws: StoreError.self) {
            try store.publish(StoreFixture.roster(), pins: [pin], basedOn: loaded.revision)
        }
        #expect(error == .datasetChanged(path: store.path))
        #expect(error?.description.contains("changed while rostering") == true)
        #expect(try store.publishedRoster(week: StoreFixture.week) == nil)
        #expect(try store.runs(week: nil).isEmpty)
        #expect(try store.pins(week: StoreFixture.week).isEmpty)

        let current = try store.loadRevisedDataset()
        try store.publish(StoreFixture.roster(), pins: [pin], basedOn: current.revision)
        #expect(try store.publishedRoster(week: StoreFixture.week) == StoreFixture.roster())
        #expect(try store.pins(week: StoreFixture.week) == [pin])
    }

    @Test func theReadMergeWriteOfAnUpdateHoldsTheWriteLock() throws {
        let file = TemporaryFile()
        defer { file.remove() }
        let store = try AppDatabase.open(path: file.path)
        var config = Configuration()
        config.busyMode = .immediateError
        let other = try DatabasePool(path: file.path, configuration: config)
        var blocked = false
        try store.updateDataset { stored in
            do {
                try other.write { db in try db.execute(sql: "UPDATE dataset_revision SET revision = 99") }
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
                blocked = true
            }
            return StoreFixture.dataset
        }
        #expect(blocked, "another writer could come between reading the stored dataset and writing the merged one")
        #expect(try store.loadDataset() == StoreFixture.dataset)
    }

    @Test func theRevisionMigrationIsNamedAndLeavesV1Alone() throws {
        let queue = try DatabaseQueue()
        _ = try AppDatabase(queue)
        let migrations = try queue.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") }
        #expect(migrations.prefix(2) == ["v1", "v2"])
    }
}
