import LinliModel

/// A break of one hard rule, by one roster row when the rule concerns a row.
public struct RuleViolation: Hashable, Sendable, CustomStringConvertible {
    public var rule: HardRule
    /// The offending row; nil when the break is not one row's (e.g. a week cap).
    public var assignment: Assignment?
    public var message: String

    public init(rule: HardRule, assignment: Assignment?, message: String) {
        self.rule = rule
        self.assignment = assignment
        self.message = message
    }

    /// `rule 3 (certificate): D1 2026-11-23 W7: the certificate expired on 2026-11-01`.
    public var description: String {
        guard let a = assignment else { return "\(rule): \(message)" }
        return "\(rule): \(a.demandID) \(a.date) \(a.workerID): \(message)"
    }
}
