/// A weekly roster: who goes where, when, for which item, at what price, and why the rest is unmet.
public struct Roster: Hashable, Sendable {
    public var week: ISOWeek
    public var options: RunOptions
    /// Ordered by worker, date, start.
    public var assignments: [Assignment]
    /// Ordered by demand, date.
    public var unmet: [UnmetVisit]
    public var summary: RosterSummary

    public init(week: ISOWeek, options: RunOptions, assignments: [Assignment], unmet: [UnmetVisit], summary: RosterSummary) {
        self.week = week
        self.options = options
        self.assignments = assignments
        self.unmet = unmet
        self.summary = summary
    }
}
