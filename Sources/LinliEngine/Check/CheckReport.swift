import LinliModel

/// What `linli check` finds in a stored roster: broken rules, unmet-list problems and the recomputed score.
public struct CheckReport: Sendable {
    /// Hard-rule breaks (rules 1-14), ordered by rule, then by row.
    public var violations: [RuleViolation]
    /// unmet.csv problems: a visit neither assigned nor listed, listed twice, listed but assigned,
    /// not a visit of the week, or a wrong reason code.
    public var reasonProblems: [String]
    /// Score parts recomputed from the rows and the raw data.
    public var recomputed: ScoreBreakdown
    /// Σ weight × minutes over all visits of the week.
    public var demandedWeightedMinutes: Int
    /// Replan runs: rows dated before the replan date that differ from the replaced roster's.
    public var frozenProblems: [String]
    /// Visits their last worker could have served, recounted (the relationship figures' denominator).
    public var relationshipPossible: Int

    public init(
        violations: [RuleViolation], reasonProblems: [String], recomputed: ScoreBreakdown, demandedWeightedMinutes: Int,
        frozenProblems: [String] = [], relationshipPossible: Int = 0
    ) {
        self.violations = violations
        self.reasonProblems = reasonProblems
        self.recomputed = recomputed
        self.demandedWeightedMinutes = demandedWeightedMinutes
        self.frozenProblems = frozenProblems
        self.relationshipPossible = relationshipPossible
    }

    public var isValid: Bool { violations.isEmpty && reasonProblems.isEmpty && frozenProblems.isEmpty }
}
