import GRDB
import LinliModel
import Testing

@testable import LinliStore

@Suite struct HouseholdAddressMigrationTests {
    @Test func aVersion1FileGainsTheAddressColumnAndKeepsItsHouseholds() throws {
        let queue = try DatabaseQueue(configuration: AppDatabase.makeConfiguration())
        try AppDatabase.migrator.migrate(queue, upTo: "v1")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO communities (id, name, lat, lon, households) VALUES ('C1', '翠苑', 30.27, 120.15, 100)")
            try db.execute(sql: "INSERT INTO households (id, community_id, lat, lon, priority_group) VALUES ('H1', 'C1', 30.27, 120.15, 'none')")
        }
        let store = try AppDatabase(queue)
        let households = try store.loadDataset().households
        #expect(households == [Household(id: "H1", communityID: "C1", location: GeoPoint(lat: 30.27, lon: 120.15), priorityGroup: .none)])
        let version = try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
        #expect(version == AppDatabase.schemaVersion)
    }

    @Test func anAddressIsStoredAndAChangedAddressIsAChange() throws {
        let store = try AppDatabase.inMemory()
        var dataset = StoreFixture.dataset
        dataset.households[0].address = "翠苑一区 12幢 3单元 402"
        try store.saveDataset(dataset)
        #expect(try store.loadDataset() == dataset)
        dataset.households[0].address = "翠苑一区 12幢 3单元 502"
        #expect(try store.saveDataset(dataset))
        #expect(try store.loadDataset().households[0].address == "翠苑一区 12幢 3单元 502")
    }
}
