import LinliModel

/// The stable-relationship term of the score (Docs/Rules.md) as the search and the bounds read it.
extension Problem {
    /// What the score gains when visit `v` is served by `worker`: ``ScoreBreakdown/relationshipBonus`` when
    /// continuity is on and `worker` is the visit's last worker, 0 otherwise. A per-(visit, worker) profit,
    /// so a bound over assignments can add it to the visit's value on that worker's arc.
    public func relationshipBonus(visit v: Int, worker: Int32) -> Int {
        options.continuity && worker >= 0 && visits[v].previous == worker ? ScoreBreakdown.relationshipBonus : 0
    }

    /// An upper bound on the term: the bonus of every visit whose last worker is among its candidates (of
    /// every servable visit with a last worker when candidate lists were cut short).
    /// - Complexity: O(visits × log candidates).
    var relationshipBound: Int {
        guard options.continuity else { return 0 }
        var visitsWithBonus = 0
        for v in visits.indices where visits[v].previous >= 0 {
            let eligible = candidatesComplete
                ? SolutionState.contains(candidates(of: v), visits[v].previous) : staticReason[v] == nil
            if eligible { visitsWithBonus += 1 }
        }
        return ScoreBreakdown.relationshipBonus * visitsWithBonus
    }
}
