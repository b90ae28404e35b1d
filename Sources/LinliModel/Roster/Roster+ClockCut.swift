extension Roster {
    /// Whether the wall clock ended this run before it placed any visit of its own although some visit was
    /// servable: no row beyond `pins` on the days it rebuilt (from its replan date for a replan, the whole week
    /// otherwise), while a visit of those days is unmet only for want of time (`outcompeted`). Such a run must
    /// not replace a published roster.
    public func clockPlacedNothing(pins: [Pin]) -> Bool {
        guard summary.stoppedBy == .clock else { return false }
        let from = summary.replan?.from
        let rebuilt = { (day: Day) in from.map { day >= $0 } ?? true }
        guard unmet.contains(where: { $0.reason == .outcompeted && rebuilt($0.date) }) else { return false }
        let pinned = Set(pins.map(\.visit))
        return !assignments.contains { rebuilt($0.date) && !pinned.contains($0.visit) }
    }
}
