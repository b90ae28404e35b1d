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
    /// - Complexity: O(rows log rows + visits × workers within reach).
    public func check(assignments: [Assignment], unmet: [UnmetVisit]) -> CheckReport {
        let roster = CheckedRoster(assignments: assignments, index: index)
        let audit = UnmetAudit(index: index, oracle: ReasonOracle(index: index))
        return CheckReport(
            violations: Self.rules.flatMap { $0.violations(in: roster) },
            reasonProblems: audit.problems(unmet: unmet, assigned: Set(assignments.map(\.visit))),
            recomputed: ScoreRecount.breakdown(of: roster),
            demandedWeightedMinutes: ScoreRecount.demandedWeightedMinutes(index)
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
