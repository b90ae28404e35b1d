import LinliModel
import Testing

/// Which runs the clock cut short before they placed anything (``Roster/clockPlacedNothing(pins:)``).
@Suite struct ClockCutRuleTests {
    static let week = ISOWeek(year: 2026, week: 48)!
    static let wednesday = week.monday.adding(days: 2)

    static func row(_ demand: String, _ day: Int) -> Assignment {
        Assignment(
            demandID: demand, date: week.monday.adding(days: day), start: TimeOfDay(minutes: 480), end: TimeOfDay(minutes: 540),
            workerID: "W1", enterpriseID: "E1", itemCode: "I1", price: Fen(100))
    }

    static func roster(
        _ rows: [Assignment], unmet: [(String, Int, UnmetReason)], stoppedBy: SearchStop = .clock, replanFrom: Day? = nil
    ) -> Roster {
        let unmet = unmet.map { UnmetVisit(demandID: $0.0, date: week.monday.adding(days: $0.1), reason: $0.2) }
        return Roster(
            week: week, options: RunOptions(), assignments: rows, unmet: unmet,
            summary: RosterSummary(
                week: week, parts: ScoreBreakdown(), assignedVisits: rows.count, unmetVisits: unmet.count,
                demandedWeightedMinutes: 0, unmetByReason: [:], stoppedBy: stoppedBy,
                replan: replanFrom.map { ReplanFigures(from: $0, replacedRunID: 1) }))
    }

    @Test func aClockCutRunWithNothingPlacedButServableVisitsIsCaught() {
        #expect(Self.roster([], unmet: [("D1", 0, .outcompeted)]).clockPlacedNothing(pins: []))
    }

    @Test func pinnedRowsAloneAreNothingPlaced() {
        let pinned = Self.row("D2", 1)
        let pin = Pin(demandID: "D2", date: pinned.date, workerID: "W1")
        #expect(Self.roster([pinned], unmet: [("D1", 0, .outcompeted)]).clockPlacedNothing(pins: [pin]))
        #expect(!Self.roster([pinned], unmet: [("D1", 0, .outcompeted)]).clockPlacedNothing(pins: []))
    }

    @Test func aReplanCountsOnlyTheDaysItRebuilt() {
        let frozenOnly = Self.roster([Self.row("D1", 0)], unmet: [("D2", 3, .outcompeted)], replanFrom: Self.wednesday)
        #expect(frozenOnly.clockPlacedNothing(pins: []))
        let rebuiltOne = Self.roster([Self.row("D1", 0), Self.row("D3", 4)], unmet: [("D2", 3, .outcompeted)], replanFrom: Self.wednesday)
        #expect(!rebuiltOne.clockPlacedNothing(pins: []))
    }

    @Test func aRunTheClockDidNotEndOrWithNothingServableIsNotCaught() {
        #expect(!Self.roster([], unmet: [("D1", 0, .outcompeted)], stoppedBy: .budget).clockPlacedNothing(pins: []))
        #expect(!Self.roster([], unmet: [("D1", 0, .noQualifiedWorker)]).clockPlacedNothing(pins: []))
        #expect(!Self.roster([], unmet: [("D1", 1, .outcompeted)], replanFrom: Self.wednesday).clockPlacedNothing(pins: []))
    }
}
