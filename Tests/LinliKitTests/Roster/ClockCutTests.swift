import Foundation
import LinliEngine
@testable import LinliKit
import LinliModel
import LinliTestSupport
import Testing

/// A run the clock ends before it places anything is refused: nothing is stored, the published roster stays.
@Suite struct ClockCutTests {
    /// A clock that has run out before the run starts, whatever the machine.
    static func expired(_: PhaseClock) -> Deadline { Deadline { true } }

    @Test func aRosterThatPlacedNothingIsNeitherStoredNorPublished() throws {
        let fixture = try KitFixture.imported()
        let good = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick))
        #expect(!good.roster.assignments.isEmpty)
        let request = RosterRequest(week: Fixtures.week, options: KitFixture.quick)
        #expect(throws: KitError.clockPlacedNothing(week: Fixtures.week, timeLimit: KitFixture.quick.timeLimit)) {
            try fixture.workspace.roster(request, progress: { _ in }, deadline: Self.expired)
        }
        #expect(try fixture.workspace.runs(week: Fixtures.week).map(\.id) == [good.runID])
        #expect(try fixture.workspace.publishedRunID(week: Fixtures.week) == good.runID)
        #expect(try fixture.workspace.exportRoster(week: Fixtures.week, to: fixture.folder.path("out")) == good.roster)
    }

    @Test func aFirstRosterThatPlacedNothingLeavesTheWeekUnpublished() throws {
        let fixture = try KitFixture.imported()
        #expect(throws: KitError.self) {
            try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick), progress: { _ in }, deadline: Self.expired)
        }
        #expect(try fixture.workspace.runs(week: Fixtures.week).isEmpty)
        #expect(try fixture.workspace.publishedRunID(week: Fixtures.week) == nil)
    }

    /// A replan keeps the rows before its date even when the clock is out; having rebuilt none of the later
    /// days, it would drop every visit the published roster kept there, so it is refused too.
    @Test func aReplanThatRebuiltNothingLeavesThePublishedVersion() throws {
        let fixture = try KitFixture.imported(.small, seed: 3)
        let good = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick))
        let wednesday = Fixtures.day(3)
        #expect(good.roster.assignments.contains { $0.date >= wednesday })
        let replan = RosterRequest(week: Fixtures.week, options: KitFixture.quick, replanFrom: wednesday)
        #expect(throws: KitError.clockPlacedNothing(week: Fixtures.week, timeLimit: KitFixture.quick.timeLimit)) {
            try fixture.workspace.roster(replan, progress: { _ in }, deadline: Self.expired)
        }
        #expect(try fixture.workspace.runs(week: Fixtures.week).map(\.id) == [good.runID])
        #expect(try fixture.workspace.publishedRunID(week: Fixtures.week) == good.runID)
    }
}
