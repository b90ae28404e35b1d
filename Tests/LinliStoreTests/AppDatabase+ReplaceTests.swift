import Foundation
import LinliModel
import LinliStore
import Testing

/// A replacing update deletes what the new dataset no longer lists, and protects what published rosters name.
@Suite struct AppDatabaseReplaceTests {
    /// The fixture without demand D2, its household H2 and worker W2 (and so without W2's enterprise E2 and
    /// the menu, point and shift pattern only they used).
    static var smaller: Dataset {
        var d = StoreFixture.dataset
        d.demands.removeAll { $0.id == "D2" }
        d.households.removeAll { $0.id == "H2" }
        d.workers.removeAll { $0.id == "W2" }
        d.shiftDays.removeAll { $0.patternID == "DAY" }
        return d
    }

    @Test func aMergingUpdateDeletesNothing() throws {
        let store = try AppDatabase.inMemory()
        try store.saveDataset(StoreFixture.dataset)
        let update = try store.updateDataset { _ in Self.smaller }
        #expect(!update.changed)
        #expect(update.removals.isEmpty)
        #expect(try store.loadDataset() == StoreFixture.dataset)
    }

    @Test func aReplacingUpdateDeletesTheUnlistedRowsChildrenFirstWithTheirPins() throws {
        let store = try AppDatabase.inMemory()
        try store.saveDataset(StoreFixture.dataset)
        let pin = Pin(demandID: "D2", date: StoreFixture.day("2026-11-25"), workerID: "W1")
        try store.addPins([pin])
        let before = try store.loadRevisedDataset().revision

        let preview = try store.updateDataset(replacing: true, commit: false) { _ in Self.smaller }
        #expect(try store.loadDataset() == StoreFixture.dataset, "a dry run changes nothing")
        #expect(try store.pins(week: StoreFixture.week) == [pin])

        let update = try store.updateDataset(replacing: true) { _ in Self.smaller }
        #expect(update == preview)
        #expect(update.changed)
        #expect(update.removals.map { "\($0.table) \($0.key)" } == [
            "pins D2 2026-11-25", "demands D2", "households H2", "workers W2",
            "shift_days DAY week 0 day 1",
        ])
        #expect(try store.loadDataset() == Self.smaller)
        #expect(try store.pins(week: StoreFixture.week).isEmpty)
        #expect(try store.loadRevisedDataset().revision > before)
    }

    @Test func rowsThatPublishedRostersNameAreDeletedOnlyWhenForced() throws {
        let store = try AppDatabase.inMemory()
        try store.saveDataset(StoreFixture.dataset)
        try store.publish(StoreFixture.roster())  // names D1, D2, W1, W2, W3 and E1

        let preview = try store.updateDataset(replacing: true, commit: false) { _ in Self.smaller }
        #expect(preview.removals.filter(\.inPublishedRoster).map(\.key) == ["D2", "W2"])
        let error = #expect(throws: StoreError.self) { try store.updateDataset(replacing: true) { _ in Self.smaller } }
        #expect(error == .removalInUse(path: store.path, rows: ["demands D2", "workers W2"]))
        #expect(try store.loadDataset() == StoreFixture.dataset)

        try store.updateDataset(replacing: true, force: true) { _ in Self.smaller }
        #expect(try store.loadDataset() == Self.smaller)
        #expect(try store.publishedRoster(week: StoreFixture.week) == StoreFixture.roster(), "the published roster stays")
    }
}
