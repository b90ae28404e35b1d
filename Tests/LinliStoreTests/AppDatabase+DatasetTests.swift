import GRDB
import LinliModel
import LinliStore
import Testing

@Suite struct AppDatabaseDatasetTests {
    private func totalChanges(_ store: AppDatabase) throws -> Int {
        try store.reader.read { $0.totalChangesCount }
    }

    @Test func savedDatasetLoadsBackEqual() throws {
        let store = try AppDatabase.inMemory()
        #expect(try store.isEmpty())
        #expect(try store.saveDataset(StoreFixture.dataset))
        #expect(try !store.isEmpty())
        #expect(try store.loadDataset() == StoreFixture.dataset)
    }

    @Test func loadSortsEachArrayByItsKey() throws {
        var shuffled = StoreFixture.dataset
        shuffled.communities.reverse()
        shuffled.servicePoints.reverse()
        shuffled.enterprises.reverse()
        shuffled.menu.reverse()
        shuffled.workers.reverse()
        shuffled.shiftDays.reverse()
        shuffled.households.reverse()
        shuffled.demands.reverse()
        let store = try AppDatabase.inMemory()
        try store.saveDataset(shuffled)
        #expect(try store.loadDataset() == StoreFixture.dataset)
    }

    @Test func savingTheSameDatasetAgainWritesNothing() throws {
        let store = try AppDatabase.inMemory()
        try store.saveDataset(StoreFixture.dataset)
        let before = try totalChanges(store)
        #expect(try store.saveDataset(StoreFixture.dataset) == false)
        #expect(try totalChanges(store) == before)
    }

    @Test func updatesWriteOnlyTheChangedRows() throws {
        let store = try AppDatabase.inMemory()
        try store.saveDataset(StoreFixture.dataset)
        var changed = StoreFixture.dataset
        changed.workers[0].rating = 3.5
        changed.demands[1].minutes = 60
        changed.demands.append(
            Demand(
                id: "D3", householdID: "H2", category: .laundry, mode: .slot, minutes: 30, recurrence: .weekly,
                weekdays: [2], windowStart: StoreFixture.time("10:00"), windowEnd: StoreFixture.time("10:30")))
        let before = try totalChanges(store)
        #expect(try store.saveDataset(changed))
        // Three rows, and the dataset revision.
        #expect(try totalChanges(store) - before == 3 + 1)
        #expect(try store.loadDataset() == changed)
    }

    @Test func aChangedListReplacesOnlyItsOwnChildRows() throws {
        let store = try AppDatabase.inMemory()
        try store.saveDataset(StoreFixture.dataset)
        var changed = StoreFixture.dataset
        changed.workers[0].skills.reverse()
        changed.servicePoints[0].enterpriseIDs = ["E1"]
        let before = try totalChanges(store)
        #expect(try store.saveDataset(changed))
        // W1: 2 skills deleted + 2 inserted; P1: 2 enterprises deleted + 1 inserted; parent rows unchanged;
        // the dataset revision.
        #expect(try totalChanges(store) - before == 7 + 1)
        #expect(try store.loadDataset() == changed)
    }

    @Test func savingNeverDeletesRowsMissingFromTheDataset() throws {
        let store = try AppDatabase.inMemory()
        try store.saveDataset(StoreFixture.dataset)
        var partial = Dataset(communities: StoreFixture.dataset.communities)
        partial.communities[1].street = "湖滨街道"
        #expect(try store.saveDataset(partial))
        var expected = StoreFixture.dataset
        expected.communities[1].street = "湖滨街道"
        #expect(try store.loadDataset() == expected)
    }

    @Test func aBrokenReferenceSavesNothing() throws {
        let store = try AppDatabase.inMemory()
        var broken = StoreFixture.dataset
        broken.workers[1].pointID = "NOPE"
        #expect(throws: StoreError.self) { try store.saveDataset(broken) }
        #expect(try store.isEmpty())
    }

    @Test func anUnparsableStoredValueIsReported() throws {
        let queue = try DatabaseQueue()
        let store = try AppDatabase(queue)
        try store.saveDataset(StoreFixture.dataset)
        try queue.write { db in try db.execute(sql: "UPDATE workers SET trained_on = 'soon' WHERE id = 'W2'") }
        #expect(throws: StoreError.corruptValue(table: "workers", column: "trained_on", value: "soon")) {
            try store.loadDataset()
        }
    }

    @Test func schemaHasTheLookupIndices() throws {
        let store = try AppDatabase.inMemory()
        let (indices, menuKey) = try store.reader.read { db in
            let tables = ["demands", "workers", "assignments"]
            return (try tables.flatMap { try db.indexes(on: $0).map(\.columns) }, try db.primaryKey("menu_items").columns)
        }
        #expect(indices.contains(["household_id"]))
        #expect(indices.contains(["point_id", "enterprise_id"]))
        #expect(indices.contains(["run_id", "worker_id", "date", "start"]))
        #expect(menuKey == ["enterprise_id", "item_code", "effective_from"])
    }
}

/// Numbers written into the file around Linli, which an import refuses, are refused when read back too, as a
/// corrupt value naming the table and column, rather than trapping in the arithmetic they reach.
@Suite struct TamperedNumberTests {
    @Test(arguments: [
        ("UPDATE menu_items SET price_fen = 9223372036854775807", "menu_items", "price_fen", "9223372036854775807"),
        ("UPDATE menu_items SET price_fen = -9223372036854775808", "menu_items", "price_fen", "-9223372036854775808"),
        ("UPDATE shift_days SET \"end\" = 2147483648", "shift_days", "end", "2147483648"),
        ("UPDATE service_points SET lat = 9.2e18", "service_points", "lat", "9.2e+18"),
        ("UPDATE households SET lon = 181", "households", "lon", "181.0"),
        ("UPDATE communities SET households = -1", "communities", "households", "-1"),
        ("UPDATE demands SET minutes = 0", "demands", "minutes", "0"),
        ("UPDATE demands SET window_end = 1441", "demands", "window_end", "1441"),
        ("UPDATE workers SET max_week_minutes = -5", "workers", "max_week_minutes", "-5"),
        ("UPDATE worker_skills SET level = 99", "worker_skills", "level", "99"),
    ])
    func aTamperedNumberIsACorruptValue(sql: String, table: String, column: String, value: String) throws {
        let queue = try DatabaseQueue()
        let store = try AppDatabase(queue)
        try store.saveDataset(StoreFixture.dataset)
        try queue.write { db in try db.execute(sql: sql) }
        #expect(throws: StoreError.corruptValue(table: table, column: column, value: value)) { try store.loadDataset() }
    }

    @Test(arguments: [
        ("relationship_visits", "-9223372036854775808"), ("assigned_visits", "-1"), ("unmet_no_time", "9223372036854775807"),
    ])
    func aTamperedRunCountIsACorruptValue(column: String, value: String) throws {
        let queue = try DatabaseQueue()
        let store = try AppDatabase(queue)
        _ = try store.publish(StoreFixture.roster(seed: 1, assignments: 10, upperBound: nil))
        try queue.write { db in try db.execute(sql: "UPDATE runs SET \(column) = \(value)") }
        #expect(throws: StoreError.corruptValue(table: "runs", column: column, value: value)) {
            try store.publishedRoster(week: StoreFixture.week)
        }
    }

    @Test func aTamperedAssignmentTimeIsACorruptValue() throws {
        let queue = try DatabaseQueue()
        let store = try AppDatabase(queue)
        _ = try store.publish(StoreFixture.roster(seed: 1, assignments: 10, upperBound: nil))
        try queue.write { db in try db.execute(sql: "UPDATE assignments SET \"end\" = 100000") }
        #expect(throws: StoreError.corruptValue(table: "assignments", column: "end", value: "100000")) {
            try store.publishedRoster(week: StoreFixture.week)
        }
    }
}
