/// Why a visit is not on the roster: the first code of Docs/Rules.md that applies, in this order.
public enum UnmetReason: String, CaseIterable, Hashable, Comparable, Sendable, Codable {
    /// No enterprise operating from a point within reach offers the category in this mode.
    case noMenu = "no_menu"
    /// Such offers exist, all priced above `max_price`.
    case overBudget = "over_budget"
    /// No worker passes rules 1-9 and 14 for this visit.
    case noQualifiedWorker = "no_qualified_worker"
    /// Qualified workers exist, but none could serve the visit even alone.
    case noTime = "no_time"
    /// A qualified worker could serve it alone, but its time went to other visits.
    case outcompeted
    /// Replan runs only: a visit dated before the replan date that the replaced roster neither assigned nor
    /// listed as unmet (a demand imported since).
    case past

    public static func < (a: UnmetReason, b: UnmetReason) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A visit left off the roster, with its reason.
public struct UnmetVisit: Hashable, Sendable {
    public var demandID: String
    public var date: Day
    public var reason: UnmetReason

    public init(demandID: String, date: Day, reason: UnmetReason) {
        self.demandID = demandID
        self.date = date
        self.reason = reason
    }

    public var visit: VisitKey { VisitKey(demandID: demandID, date: date) }
}
