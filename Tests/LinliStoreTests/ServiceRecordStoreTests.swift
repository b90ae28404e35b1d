import Foundation
import LinliModel
import Testing

@testable import LinliStore

@Suite struct ServiceRecordStoreTests {
    static let cancelled = ServiceRecord(
        demandID: "D2", date: StoreFixture.day("2026-11-25"), workerID: "W1", status: .householdCancelled, note: "出差")
    static let done = ServiceRecord(
        demandID: "D1", date: StoreFixture.day("2026-11-23"), workerID: "W1", status: .done,
        started: StoreFixture.time("09:00"), ended: StoreFixture.time("11:00"), price: Fen(12000), stars: 5,
        complaint: .noComplaint)

    @Test func recordsAreStoredUpsertedByVisitAndReadBack() throws {
        let store = try AppDatabase.inMemory()
        var dataset = StoreFixture.dataset
        dataset.serviceRecords = [Self.done, Self.cancelled]
        try store.saveDataset(dataset)
        #expect(try store.loadDataset() == dataset)
        #expect(try store.saveDataset(dataset) == false)
        dataset.serviceRecords[0].complaint = .serious
        #expect(try store.saveDataset(dataset))
        #expect(try store.loadDataset().serviceRecords == dataset.serviceRecords)
    }

    /// Two records of one visit in one save: the later one is stored, as a record-by-record upsert would.
    @Test func aVisitRecordedTwiceKeepsTheLaterRecord() throws {
        let store = try AppDatabase.inMemory()
        var dataset = StoreFixture.dataset
        var later = Self.done
        later.stars = 2
        dataset.serviceRecords = [Self.done, later]
        try store.saveDataset(dataset)
        #expect(try store.loadDataset().serviceRecords == [later])
    }

    /// A roster reads the records of its week only, Monday and Sunday included; the rest of the dataset is whole.
    @Test func aWeeksLoadHoldsTheRecordsOfThatWeekOnly() throws {
        let store = try AppDatabase.inMemory()
        var dataset = StoreFixture.dataset
        let dated = { (day: String) in
            ServiceRecord(demandID: "D1", date: StoreFixture.day(day), workerID: "W1", status: .householdCancelled)
        }
        dataset.serviceRecords = ["2026-11-22", "2026-11-23", "2026-11-29", "2026-11-30"].map(dated) + [Self.cancelled]
        try store.saveDataset(dataset)
        let week = try store.loadRevisedDataset(recordsOf: StoreFixture.week)
        #expect(StoreFixture.week.description == "2026-W48")
        var expected = dataset
        expected.serviceRecords = [dated("2026-11-23"), dated("2026-11-29"), Self.cancelled]
        #expect(week.dataset == expected)
        #expect(week.revision == (try store.loadRevisedDataset()).revision)
        #expect(try store.loadRevisedDataset().dataset.serviceRecords.count == 5)
    }

    /// An update of some days' records sees only those days' records and leaves every other record as stored,
    /// even though the dataset it returns lacks them; a replacing update still sees them all.
    @Test func anUpdateOfSomeDaysRecordsLeavesTheOthersAlone() throws {
        let store = try AppDatabase.inMemory()
        var dataset = StoreFixture.dataset
        dataset.serviceRecords = [Self.done, Self.cancelled]
        try store.saveDataset(dataset)
        var seen: [ServiceRecord] = []
        let update = try store.updateDataset(recordsOn: [Self.done.date]) { stored in
            seen = stored.serviceRecords
            var changed = stored
            changed.serviceRecords[0].stars = 3
            return changed
        }
        #expect(update.changed)
        #expect(seen == [Self.done])
        var expected = Self.done
        expected.stars = 3
        #expect(try store.loadDataset().serviceRecords == [expected, Self.cancelled])
        try store.updateDataset(replacing: true, recordsOn: [Self.done.date]) { stored in
            seen = stored.serviceRecords
            return stored
        }
        #expect(seen.count == 2)
    }

    @Test func theCheckSeesOnlyRecordsStoredBeforeTheRun() throws {
        let store = try AppDatabase.inMemory()
        var dataset = StoreFixture.dataset
        try store.saveDataset(dataset)
        #expect(try store.serviceRecords(knownToPublishedRunOf: StoreFixture.week) == nil)
        // A record of the next week is no record of this week's, stored before the run or not.
        let nextWeek = ServiceRecord(demandID: "D1", date: StoreFixture.day("2026-11-30"), workerID: "W1", status: .householdCancelled)
        dataset.serviceRecords = [Self.done, nextWeek]
        try store.saveDataset(dataset)
        try store.publish(StoreFixture.roster())
        dataset.serviceRecords.append(Self.cancelled)
        try store.saveDataset(dataset)
        #expect(try store.serviceRecords(knownToPublishedRunOf: StoreFixture.week) == [Self.done])
        try store.publish(StoreFixture.roster(seed: 2))
        #expect(try store.serviceRecords(knownToPublishedRunOf: StoreFixture.week) == [Self.done, Self.cancelled])
    }

    @Test func creditChangesAreAuditedInOrder() throws {
        let store = try AppDatabase.inMemory()
        try store.saveDataset(StoreFixture.dataset)
        let at = Date(timeIntervalSince1970: 1_790_000_000)
        let first = try store.setCredit(of: .worker, id: "W1", to: .warned, reason: "迟到", by: "a", at: at)
        let second = try store.setCredit(of: .worker, id: "W1", to: .good, reason: "改正", by: "b", at: at)
        #expect(first?.before == StoreFixture.dataset.workers[0].credit && first?.after == .warned)
        #expect(second?.before == .warned)
        #expect(try store.creditChanges() == [first, second].compactMap { $0 })
        #expect(try store.loadDataset().workers[0].credit == .good)
        #expect(try store.setCredit(of: .enterprise, id: "NOPE", to: .warned, reason: "x", by: "y") == nil)
        #expect(try store.creditChanges().count == 2)
    }
}
