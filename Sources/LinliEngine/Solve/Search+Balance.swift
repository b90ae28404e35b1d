import LinliModel

/// The `--balance` polish: score first, within a fixed loss, then workload balance (Docs/Rules.md, "Workload balance").
extension Search {
    /// Continues ruin and recreate from the search's best roster `found`, maximising the score less the
    /// balance penalty (``BalanceTerm``, weight ``SolutionState/balanceWeight(strength:)``) and refusing every
    /// step whose score falls more than ``SearchParameters/balanceScoreLoss`` below `found`'s — a lexicographic
    /// objective with a score budget (the ε-constraint method of Haimes, Lasdon & Wismer, 1971). The
    /// acceptance threshold cools linearly from ``SearchParameters/balanceThreshold`` to zero over `budget`. Half
    /// the ruins (``SearchParameters/balanceTargetShare``) empty days of the busiest of a few workers drawn at
    /// random, so the polish spends its work where the load is.
    /// - Complexity: O(budget) work units; the penalty costs O(1) per move.
    mutating func balanced(_ found: SolutionState, budget: Int) -> SolutionState {
        var state = found
        _ = state.takeDirtyRoutes()
        let score = state.objective()
        let floor = score - parameters.balanceScoreLoss * abs(score)
        state.startBalancing(weight: state.balanceWeight(strength: parameters.balanceStrength))
        var best = state.routes.map { $0.copy() }
        var bestObjective = state.balancedObjective()
        var work = 0
        let meanValue = problem.visits.isEmpty ? 0 : Double(problem.demandedWeightedMinutes) / Double(problem.visits.count)
        let threshold0 = parameters.balanceThreshold * meanValue
        let filter = InsertionFilter(blink: parameters.blink, granularity: parameters.granularity)
        while work < budget && !timeIsUp() {
            let threshold = threshold0 * (1 - Double(work) / Double(budget))
            state.beginTransaction()
            let before = state.balancedObjective()
            let busiest = Double.random(in: 0..<1, using: &rng) < parameters.balanceTargetShare
                ? state.busiestWorker(drawing: parameters.balanceTournament, rng: &rng) : nil
            ruinAndRecreate(&state, work: &work, filter: filter, worker: busiest)
            let after = state.balancedObjective()
            let accepted = state.objective() >= floor && after >= before - threshold
            settle(&state, accepted: accepted, after: after, best: &best, bestObjective: &bestObjective)
        }
        return Self.rebuild(problem: problem, routes: best)
    }
}
