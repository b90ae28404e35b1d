/// How one visit's assignment differs between a replaced roster and its replan.
public enum RosterChangeKind: String, CaseIterable, Hashable, Sendable {
    /// Same worker, same start.
    case kept
    /// Same worker, another start.
    case moved
    /// Another worker.
    case reassigned
    /// Assigned before, unmet now.
    case dropped
    /// Assigned before, no longer a visit of the week.
    case cancelled
    /// Not assigned before, assigned now.
    case added
}

/// One row of changes.csv: a visit dated on or after the replan date that either version assigns.
public struct RosterChange: Hashable, Sendable {
    public var visit: VisitKey
    public var before: Assignment?
    public var after: Assignment?
    public var kind: RosterChangeKind

    public init(visit: VisitKey, before: Assignment?, after: Assignment?, kind: RosterChangeKind) {
        self.visit = visit
        self.before = before
        self.after = after
        self.kind = kind
    }
}
