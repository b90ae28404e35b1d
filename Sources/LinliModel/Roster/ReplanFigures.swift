/// What a replan run changed against the version it replaced, counted over visits dated on or after the
/// replan date.
public struct ReplanFigures: Hashable, Sendable {
    /// The first date rebuilt; earlier rows are copied from the replaced version.
    public var from: Day
    /// The stored run this one replanned.
    public var replacedRunID: Int64
    /// Assigned to the same worker at the same start as before.
    public var keptVisits: Int
    /// Assigned before, and now with another worker or start, unmet, or no longer a visit.
    public var changedVisits: Int
    /// Unmet or absent before, now assigned.
    public var newVisits: Int

    public init(from: Day, replacedRunID: Int64, keptVisits: Int = 0, changedVisits: Int = 0, newVisits: Int = 0) {
        self.from = from
        self.replacedRunID = replacedRunID
        self.keptVisits = keptVisits
        self.changedVisits = changedVisits
        self.newVisits = newVisits
    }
}
