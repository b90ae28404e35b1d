import LinliModel

extension Problem {
    /// The most that giving visit `v` to worker `w` can add to the score beyond its weighted minutes, from the
    /// score's per-row terms: the preferred-worker bonus and, in a replan, the stability bonus for keeping the
    /// replaced roster's worker (its start is not checked here, so this may overstate it, never understate), and the
    /// relationship bonus for the demand's last worker of the week before.
    ///
    /// This is the one place the upper bound learns the per-(visit, worker) terms of the score
    /// (Docs/Rules.md "Score"); a new term that pays for a row given to a particular worker is added here and
    /// the Lagrangian bound (``LagrangianRosterBound``) includes it. Terms that can both apply to one pair add up.
    func pairBonus(visit v: Int, worker w: Int32) -> Int {
        let visit = visits[v]
        var bonus = 0
        if visit.preferred == w { bonus += ScoreBreakdown.preferredBonus }
        if visit.keptWorker == w { bonus += ScoreBreakdown.stabilityBonus }
        bonus += relationshipBonus(visit: v, worker: w)
        return bonus
    }
}
