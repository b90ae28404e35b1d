extension RosterChange {
    /// The changes from `before` to `after` over visits dated on or after `from`, ordered by visit.
    ///
    /// A visit is of the week in `after` when it is assigned or listed unmet there; a visit assigned in
    /// `before` that is neither is `cancelled`.
    /// - Complexity: O(n log n) for n rows of both rosters.
    public static func compare(before: Roster, after: Roster, from: Day) -> [RosterChange] {
        let old = Dictionary(before.assignments.filter { $0.date >= from }.map { ($0.visit, $0) }, uniquingKeysWith: { a, _ in a })
        let new = Dictionary(after.assignments.filter { $0.date >= from }.map { ($0.visit, $0) }, uniquingKeysWith: { a, _ in a })
        let unmetNow = Set(after.unmet.map(\.visit))
        var changes: [RosterChange] = []
        for key in Set(old.keys).union(new.keys).sorted() {
            let b = old[key], a = new[key]
            let kind: RosterChangeKind
            switch (b, a) {
            case let (b?, a?):
                kind = b.workerID != a.workerID ? .reassigned : b.start != a.start ? .moved : .kept
            case (_?, nil):
                kind = unmetNow.contains(key) ? .dropped : .cancelled
            default:
                kind = .added
            }
            changes.append(RosterChange(visit: key, before: b, after: a, kind: kind))
        }
        return changes
    }

    /// The summary counts of `changes`: kept, changed (moved, reassigned, dropped, cancelled) and new (added).
    public static func figures(of changes: [RosterChange], from: Day, replacedRunID: Int64) -> ReplanFigures {
        var figures = ReplanFigures(from: from, replacedRunID: replacedRunID)
        for change in changes {
            switch change.kind {
            case .kept: figures.keptVisits += 1
            case .added: figures.newVisits += 1
            case .moved, .reassigned, .dropped, .cancelled: figures.changedVisits += 1
            }
        }
        return figures
    }
}
