import LinliModel

/// One hard rule of Docs/Rules.md, checked over a whole roster.
protocol RosterRule: Sendable {
    var rule: HardRule { get }
    /// The breaks of this rule in `roster`.
    func violations(in roster: CheckedRoster) -> [RuleViolation]
}

/// A hard rule that judges each row on its own (rules 1-10).
protocol RowRule: RosterRule {
    /// Why `row` breaks the rule, or nil when it keeps it.
    func problem(with row: CheckedRow, in index: CheckIndex) -> String?
}

extension RowRule {
    /// - Complexity: O(rows).
    func violations(in roster: CheckedRoster) -> [RuleViolation] {
        roster.rows.compactMap { row in
            problem(with: row, in: roster.index).map { RuleViolation(rule: rule, assignment: row.assignment, message: $0) }
        }
    }
}
