import LinliModel
import Testing

@Suite struct RosterChangeTests {
    static let week = ISOWeek(year: 2026, week: 48)!
    static let wednesday = week.monday.adding(days: 2)

    static func row(_ demand: String, _ day: Int, _ worker: String, _ start: Int) -> Assignment {
        Assignment(
            demandID: demand, date: week.monday.adding(days: day), start: TimeOfDay(minutes: start),
            end: TimeOfDay(minutes: start + 60), workerID: worker, enterpriseID: "E1", itemCode: "I1", price: Fen(100))
    }

    static func roster(_ rows: [Assignment], unmet: [UnmetVisit] = []) -> Roster {
        Roster(
            week: week, options: RunOptions(), assignments: rows, unmet: unmet,
            summary: RosterSummary(
                week: week, parts: ScoreBreakdown(), assignedVisits: rows.count, unmetVisits: unmet.count,
                demandedWeightedMinutes: 0, unmetByReason: [:]))
    }

    @Test func everyKindOfChangeIsNamed() {
        let before = Self.roster([
            Self.row("FROZEN", 0, "W1", 480),
            Self.row("KEPT", 2, "W1", 480), Self.row("MOVED", 3, "W1", 480), Self.row("REASSIGNED", 4, "W1", 480),
            Self.row("DROPPED", 5, "W1", 480), Self.row("CANCELLED", 6, "W1", 480),
        ], unmet: [UnmetVisit(demandID: "ADDED", date: Self.wednesday, reason: .outcompeted)])
        let after = Self.roster([
            Self.row("FROZEN", 0, "W1", 480),
            Self.row("KEPT", 2, "W1", 480), Self.row("MOVED", 3, "W1", 540), Self.row("REASSIGNED", 4, "W2", 480),
            Self.row("ADDED", 2, "W2", 600),
        ], unmet: [UnmetVisit(demandID: "DROPPED", date: Self.week.monday.adding(days: 5), reason: .outcompeted)])
        let changes = RosterChange.compare(before: before, after: after, from: Self.wednesday)
        let kinds = Dictionary(uniqueKeysWithValues: changes.map { ($0.visit.demandID, $0.kind) })
        #expect(kinds == [
            "KEPT": .kept, "MOVED": .moved, "REASSIGNED": .reassigned, "DROPPED": .dropped, "CANCELLED": .cancelled,
            "ADDED": .added,
        ])
        #expect(changes.first { $0.kind == .added }?.before == nil)
        #expect(changes.first { $0.kind == .dropped }?.after == nil)
        let figures = RosterChange.figures(of: changes, from: Self.wednesday, replacedRunID: 7)
        #expect(figures == ReplanFigures(from: Self.wednesday, replacedRunID: 7, keptVisits: 1, changedVisits: 4, newVisits: 1))
    }

    @Test func pastIsTheLastReasonCode() {
        #expect(UnmetReason.allCases.last == .past)
    }

    @Test func stabilityIsWorthTwentyAVisit() {
        let parts = ScoreBreakdown(weightedMinutes: 100, stableVisits: 3)
        #expect(parts.score == 160)
    }
}
