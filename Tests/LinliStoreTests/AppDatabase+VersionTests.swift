import Foundation
import GRDB
import LinliModel
import LinliStore
import Testing

/// Roster versions: every run published for a week keeps its number and rows; a replan run keeps its figures.
@Suite struct AppDatabaseVersionTests {
    @Test func everyPublishedRunOfAWeekIsAVersionInOrder() throws {
        let store = try AppDatabase.inMemory()
        let first = StoreFixture.roster(seed: 1, assignments: 5)
        let other = StoreFixture.roster(week: StoreFixture.week.next, seed: 3)
        let second = StoreFixture.roster(seed: 2, assignments: 8)
        let firstID = try store.publish(first)
        try store.publish(other)
        let secondID = try store.publish(second)
        #expect(try store.rosterVersion(week: StoreFixture.week, version: 1)?.runID == firstID)
        #expect(try store.rosterVersion(week: StoreFixture.week, version: 1)?.roster == first)
        #expect(try store.rosterVersion(week: StoreFixture.week, version: 2)?.roster == second)
        #expect(try store.rosterVersion(week: StoreFixture.week, version: 3) == nil)
        #expect(try store.rosterVersion(week: StoreFixture.week.next, version: 1)?.roster == other)
        #expect(try store.runs(week: StoreFixture.week).map(\.version) == [2, 1])
        #expect(try store.publishedRun(week: StoreFixture.week)?.runID == secondID)
    }

    @Test func aReplanRunReadsBackWithItsFiguresAndPastCount() throws {
        let store = try AppDatabase.inMemory()
        let firstID = try store.publish(StoreFixture.roster(seed: 1))
        var replan = StoreFixture.roster(seed: 2)
        replan.summary.parts.stableVisits = 4
        replan.summary.unmetByReason[.past] = 2
        replan.summary.replan = ReplanFigures(
            from: StoreFixture.week.monday.adding(days: 2), replacedRunID: firstID, keptVisits: 4, changedVisits: 3, newVisits: 1)
        let id = try store.publish(replan)
        #expect(try store.roster(runID: id) == replan)
        #expect(try store.runs(week: StoreFixture.week).first?.replan == replan.summary.replan)
    }
}
