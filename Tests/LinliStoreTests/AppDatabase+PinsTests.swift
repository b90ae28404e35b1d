import GRDB
import LinliModel
import LinliStore
import Testing

@Suite struct AppDatabasePinsTests {
    private func store() throws -> AppDatabase {
        let store = try AppDatabase.inMemory()
        try store.saveDataset(StoreFixture.dataset)
        return store
    }

    private let week = StoreFixture.week

    @Test func pinsOfAWeekAreOrderedByDemandAndDate() throws {
        let store = try store()
        let sunday = week.monday.adding(days: 6)
        let pins = [
            Pin(demandID: "D2", date: week.monday, workerID: "W2"),
            Pin(demandID: "D1", date: sunday, workerID: "W1", start: StoreFixture.time("09:00")),
            Pin(demandID: "D1", date: week.monday, workerID: "W1"),
            Pin(demandID: "D1", date: sunday.adding(days: 1), workerID: "W1"),
        ]
        try store.addPins(pins)
        #expect(try store.pins(week: week) == [pins[2], pins[1], pins[0]])
        #expect(try store.pins(week: week.next) == [pins[3]])
    }

    @Test func addingAPinForThePinnedVisitReplacesIt() throws {
        let store = try store()
        try store.addPins([Pin(demandID: "D1", date: week.monday, workerID: "W1", start: StoreFixture.time("09:00"))])
        let replacement = Pin(demandID: "D1", date: week.monday, workerID: "W2")
        try store.addPins([replacement])
        #expect(try store.pins(week: week) == [replacement])
    }

    @Test func removingAPinReportsWhetherThereWasOne() throws {
        let store = try store()
        try store.addPins([Pin(demandID: "D1", date: week.monday, workerID: "W1")])
        #expect(try store.removePin(demandID: "D1", date: week.monday))
        #expect(try !store.removePin(demandID: "D1", date: week.monday))
        #expect(try store.pins(week: week).isEmpty)
    }

    @Test func aPinOfAnUnknownDemandAddsNothing() throws {
        let store = try store()
        let pins = [
            Pin(demandID: "D1", date: week.monday, workerID: "W1"),
            Pin(demandID: "NOPE", date: week.monday, workerID: "W1"),
        ]
        #expect(throws: StoreError.self) { try store.addPins(pins) }
        #expect(try store.pins(week: week).isEmpty)
    }
}
