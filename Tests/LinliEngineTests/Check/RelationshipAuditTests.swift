import LinliEngine
import LinliModel
import Testing

/// The checker's own recount of the stable-relationship term and figures, from the rows of the week before.
@Suite struct RelationshipAuditTests {
    typealias F = CheckFixture

    /// A row of the week before: `demand` on `weekday` (1 = Monday) of 2026-W47, by `worker`.
    static func lastWeek(_ demand: String, _ weekday: Int, _ worker: String, at hour: Int = 9) -> Assignment {
        F.row(demand, F.week.previous.monday.adding(days: weekday - 1), F.clock(hour, 0), minutes: 60, worker: worker, item: "CLN", price: Fen(0))
    }

    /// The fixture with W2, a copy of W1.
    static func withTwin() -> F {
        var f = F()
        var w2 = f.dataset.workers[0]
        w2.id = "W2"
        f.dataset.workers.append(w2)
        return f
    }

    @Test func rowsByTheLastWorkerEarnTwentyEachWithContinuity() {
        let f = F()
        let base = f.check().recomputed
        let rows = [Self.lastWeek("D1", 1, "W1"), Self.lastWeek("D2", 2, "W1")]
        let on = f.checker.check(assignments: f.assignments, unmet: f.unmet, lastWeek: rows)
        // D1 is weekly (two rows by W1); D2 is a once demand and has no last worker.
        #expect(on.recomputed.relationshipVisits == 2)
        #expect(on.relationshipPossible == 2)
        #expect(abs(on.recomputed.score - base.score - 40) < 1e-9)
        let off = f.checker.check(assignments: f.assignments, unmet: f.unmet, lastWeek: rows, continuity: false)
        #expect(off.recomputed.relationshipVisits == 2)
        #expect(abs(off.recomputed.score - base.score) < 1e-9)
        #expect(base.relationshipVisits == 0)
    }

    /// The last worker is the one of the latest-dated row, not the most frequent one.
    @Test func theLatestDatedRowNamesTheLastWorker() {
        let f = Self.withTwin()
        let byW2Last = [Self.lastWeek("D1", 1, "W1"), Self.lastWeek("D1", 3, "W1"), Self.lastWeek("D1", 5, "W2")]
        let report = f.checker.check(assignments: f.assignments, unmet: f.unmet, lastWeek: byW2Last)
        #expect(report.recomputed.relationshipVisits == 0)
        #expect(report.relationshipPossible == 2)
        let byW1Last = [Self.lastWeek("D1", 5, "W1"), Self.lastWeek("D1", 1, "W2"), Self.lastWeek("D1", 3, "W2")]
        #expect(f.checker.check(assignments: f.assignments, unmet: f.unmet, lastWeek: byW1Last).recomputed.relationshipVisits == 2)
    }

    /// A last worker who fails a rule for a visit, or cannot fit it into the day alone, makes it impossible.
    @Test func possibleNeedsTheRulesAndTimeAlone() {
        var f = Self.withTwin()
        let rows = [Self.lastWeek("D1", 1, "W2")]
        f.worker("W2") { $0.skills = [] }
        #expect(f.checker.check(assignments: f.assignments, unmet: f.unmet, lastWeek: rows).relationshipPossible == 0)
        f = Self.withTwin()
        f.worker("W2") { $0.maxWeekMinutes = 60 }
        #expect(f.checker.check(assignments: f.assignments, unmet: f.unmet, lastWeek: rows).relationshipPossible == 0)
        f = Self.withTwin()
        f.dataset.absences = [Absence(workerID: "W2", from: F.wednesday, until: F.wednesday, reason: .sick)]
        #expect(f.checker.check(assignments: f.assignments, unmet: f.unmet, lastWeek: rows).relationshipPossible == 1)
    }

    /// In a replan, a frozen row by the last worker counts as possible whatever the data says now, and a
    /// visit before the replan date without such a row does not.
    @Test func frozenRowsCountByTheirWorker() {
        var f = F()
        let replaced = Roster(
            week: F.week, options: RunOptions(), assignments: f.assignments, unmet: [],
            summary: RosterSummary(week: F.week, parts: ScoreBreakdown(), assignedVisits: 4, unmetVisits: 0, demandedWeightedMinutes: 0, unmetByReason: [:]))
        let basis = ReplanBasis(from: F.wednesday, replaced: replaced, replacedRunID: 1)
        // W1's certificate ends on Tuesday: the frozen Monday row stands, Wednesday's visit is no one's.
        f.worker { $0.certificateUntil = F.tuesday }
        f.leaveUnmet("D1", F.wednesday, as: .noQualifiedWorker)
        let report = f.checker.check(assignments: f.assignments, unmet: f.unmet, replan: basis, lastWeek: [Self.lastWeek("D1", 1, "W1")])
        #expect(report.recomputed.relationshipVisits == 1)
        #expect(report.relationshipPossible == 1)
    }
}
