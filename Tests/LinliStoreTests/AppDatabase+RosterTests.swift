import Foundation
import LinliModel
import LinliStore
import Testing

@Suite struct AppDatabaseRosterTests {
    @Test(arguments: [(UInt64(7), 1234.5 as Double?), (UInt64.max, nil)])
    func publishedRosterReadsBackEqual(seed: UInt64, upperBound: Double?) throws {
        let store = try AppDatabase.inMemory()
        let roster = StoreFixture.roster(seed: seed, assignments: 40, upperBound: upperBound)
        let id = try store.publish(roster)
        #expect(try store.publishedRoster(week: StoreFixture.week) == roster)
        #expect(try store.roster(runID: id) == roster)
    }

    /// What ended the search and how the bound was made survive the store.
    @Test(arguments: [(SearchStop.clock, BoundMethod.servable), (.budget, .flow), (.clock, .flow)])
    func stopAndBoundMethodReadBack(stop: SearchStop, method: BoundMethod) throws {
        let store = try AppDatabase.inMemory()
        var roster = StoreFixture.roster(upperBound: 900)
        roster.summary.stoppedBy = stop
        roster.summary.boundMethod = method
        let id = try store.publish(roster)
        #expect(try store.roster(runID: id)?.summary.stoppedBy == stop)
        #expect(try store.roster(runID: id)?.summary.boundMethod == method)
    }

    /// Where the run's time went survives the store (storing itself excepted), and a run without timings
    /// reads back without them.
    @Test func phaseTimingsReadBack() throws {
        let store = try AppDatabase.inMemory()
        var roster = StoreFixture.roster(upperBound: 900)
        let plain = try store.publish(roster)
        roster.summary.phases = PhaseTimings(load: 0.5, compile: 0.25, construction: 0.125, search: 1.5, bound: 0.0625, finish: 0.03125, store: 0)
        let timed = try store.publish(roster)
        #expect(try store.roster(runID: timed)?.summary.phases == roster.summary.phases)
        #expect(try store.roster(runID: plain)?.summary.phases == nil)
    }

    @Test func aWeekWithoutPublishedRosterHasNone() throws {
        let store = try AppDatabase.inMemory()
        try store.publish(StoreFixture.roster())
        #expect(try store.publishedRoster(week: StoreFixture.week.next) == nil)
        #expect(try store.lastWeek(StoreFixture.week.next) == nil)
        #expect(try store.roster(runID: 999) == nil)
    }

    @Test func publishingAgainReplacesTheVisibleRosterAndKeepsTheRun() throws {
        let store = try AppDatabase.inMemory()
        let first = StoreFixture.roster(seed: 1, assignments: 5)
        let second = StoreFixture.roster(seed: 2, assignments: 8)
        let other = StoreFixture.roster(week: StoreFixture.week.previous, seed: 3)
        let firstID = try store.publish(first)
        let otherID = try store.publish(other)
        let secondID = try store.publish(second)

        #expect(try store.publishedRoster(week: StoreFixture.week) == second)
        #expect(try store.roster(runID: firstID) == first)
        #expect(try store.publishedWeeks() == [StoreFixture.week.previous, StoreFixture.week])
        let runs = try store.runs(week: StoreFixture.week)
        #expect(runs.map(\.id) == [secondID, firstID])
        #expect(runs.map(\.published) == [true, false])
        #expect(try store.runs(week: nil).map(\.id) == [secondID, otherID, firstID])
    }

    @Test func runInfoCarriesTheSummary() throws {
        let store = try AppDatabase.inMemory()
        let roster = StoreFixture.roster(seed: 9, assignments: 6)
        let createdAt = Date(timeIntervalSince1970: 1_790_000_000.25)
        let id = try store.publish(roster, createdAt: createdAt)
        let info = try #require(try store.runs(week: StoreFixture.week).first)
        #expect(info.id == id)
        #expect(info.week == StoreFixture.week)
        #expect(info.options == roster.options)
        #expect(info.score == roster.summary.score)
        #expect(info.upperBound == roster.summary.upperBound)
        #expect(info.assignedVisits == 6)
        #expect(info.unmetVisits == 2)
        #expect(info.fillRate == roster.summary.fillRate)
        #expect(info.seconds == roster.summary.seconds)
        #expect(abs(info.createdAt.timeIntervalSince(createdAt)) < 0.001)
        #expect(info.published)
    }

    /// D1's latest row is by W1 though W2 served it more often; D2's latest is by W1 too.
    @Test func lastWeekTakesTheWorkerOfEachDemandsLatestDatedRow() throws {
        let store = try AppDatabase.inMemory()
        var roster = StoreFixture.roster(assignments: 0)
        let visits: [(String, String)] = [("D1", "W2"), ("D1", "W2"), ("D1", "W1"), ("D2", "W3"), ("D2", "W1")]
        roster.assignments = visits.enumerated().map { i, v in
            Assignment(
                demandID: v.0, date: StoreFixture.week.monday.adding(days: i), start: TimeOfDay(minutes: 600),
                end: TimeOfDay(minutes: 660), workerID: v.1, enterpriseID: "E1", itemCode: "CL2", price: Fen(100))
        }
        let runID = try store.publish(roster)
        #expect(try store.lastWeek(StoreFixture.week) == LastWeek(runID: runID, workers: ["D1": "W1", "D2": "W1"]))
    }

    /// A run keeps the run of the week before it read and its relationship figures; readers see them as stored.
    @Test func aRunKeepsItsLastWeekRunAndRelationshipFigures() throws {
        let store = try AppDatabase.inMemory()
        let lastWeekID = try store.publish(StoreFixture.roster(week: StoreFixture.week.previous, seed: 1))
        var roster = StoreFixture.roster(seed: 2)
        roster.options.continuity = true
        roster.summary.parts.scoresRelationships = true
        roster.summary.parts.relationshipVisits = 7
        roster.summary.relationshipPossible = 9
        roster.summary.lastWeekRunID = lastWeekID
        try store.publish(roster)
        let read = try #require(try store.publishedRoster(week: StoreFixture.week))
        #expect(read == roster)
        #expect(read.summary.score == roster.summary.parts.scoreWithoutRelationships + 140)
    }
}
