import LinliModel

/// `linli check`'s engine: re-verifies every hard rule of a stored roster, its unmet list and its score,
/// from Docs/Rules.md and the raw dataset alone (independently of the solver, so that it catches solver bugs).
public struct RosterChecker: Sendable {
    /// One piece per hard rule, in rule order.
    static let rules: [any RosterRule] = [
        EmployeeSystemRule(), CreditRule(), CertificateRule(), HealthRule(), TrainingRule(), SkillRule(),
        MenuRule(), PriceRule(), NearbyRule(), WindowRule(), ShiftAndRouteRule(), WeekCapRule(), OnceRule(),
        AbsenceRule(),
    ]

    let index: CheckIndex

    /// - Complexity: O(records + households × points).
    public init(dataset: Dataset, week: ISOWeek, includeIntermediary: Bool) {
        index = CheckIndex(dataset: dataset, week: week, includeIntermediary: includeIntermediary)
    }

    /// Checks roster rows and the unmet list of the week.
    ///
    /// For a replan run (`replan` set), rows and unmet visits dated before the replan date are history:
    /// instead of rules 1-13 and the reason oracle they must equal the replaced roster's (`past` for a
    /// visit it did not list), their minutes still count toward the week cap, and the score adds the
    /// stability term recounted against the replaced roster.
    /// The stable-relationship figures are recounted against `lastWeek`, the rows of the run of the week
    /// before that the checked run read (none when it read none), and scored when `continuity` is on.
    /// - Complexity: O(rows log rows + visits × workers within reach).
    public func check(
        assignments: [Assignment], unmet: [UnmetVisit], replan: ReplanBasis? = nil, lastWeek: [Assignment] = [], continuity: Bool = true
    ) -> CheckReport {
        let from = replan?.from
        let rebuilt = from.map { from in assignments.filter { $0.date >= from } } ?? assignments
        let frozen = from.map { from in assignments.filter { $0.date < from } } ?? []
        let roster = CheckedRoster(assignments: rebuilt, index: index, frozenMinutes: ReplanAudit.minutesByWorker(frozen))
        let whole = replan == nil ? roster : CheckedRoster(assignments: assignments, index: index, frozenBefore: from)
        let audit = UnmetAudit(index: index, oracle: ReasonOracle(index: index), history: ReplanHistory(replan))
        var recomputed = ScoreRecount.breakdown(of: whole, frozenBefore: from)
        if let replan { recomputed.stableVisits = ReplanAudit.stableVisits(rebuilt, basis: replan) }
        let relationships = RelationshipAudit(index: index, lastWeek: lastWeek)
        recomputed.relationshipVisits = relationships.visits(in: whole)
        recomputed.scoresRelationships = continuity
        return CheckReport(
            violations: Self.rules.flatMap { $0.violations(in: roster) },
            reasonProblems: audit.problems(unmet: unmet, assigned: Set(assignments.map(\.visit))),
            recomputed: recomputed,
            demandedWeightedMinutes: ScoreRecount.demandedWeightedMinutes(index),
            frozenProblems: replan.map { ReplanAudit.frozenProblems(frozen, basis: $0) } ?? [],
            relationshipPossible: relationships.possible(rows: assignments, frozenBefore: from)
        )
    }

    /// The first reason code of Docs/Rules.md that applies to an unmet visit, computed from the raw data alone
    /// (outcompeted when none of the first four applies); nil when it is not a visit of the week.
    /// - Complexity: O(points in reach × (their items + their workers)).
    public func expectedReason(demandID: String, date: Day) -> UnmetReason? {
        guard let demand = index.demands[demandID] else { return nil }
        return ReasonOracle(index: index).reason(for: demand, on: date)
    }
}
