import LinliModel

extension Search {
    /// `start` after a last greedy pass over the demands with unserved visits that examines every candidate
    /// worker with no blinks, keeping a demand's insertions only when they raise the objective.
    ///
    /// The search's insertions look at a sample of each visit's candidates (``SearchParameters/granularity``)
    /// and skip some at random (blinks, after Christiaens and Vanden Berghe's SISR), so its best roster may
    /// leave out a visit that fits some worker's day with a gain, typically where visits have many candidates.
    /// This pass takes every such gain, demand by demand in ``constructionOrder()``; it is counted in work like
    /// the search, so the roster still repeats exactly. It changes `start`'s routes (a ``Route`` is a class
    /// that copies of a state share): the caller hands `start` over.
    /// - Complexity: O(demands with unserved visits × candidates × route length) work units.
    func repaired(_ start: SolutionState, work: inout Int) -> SolutionState {
        var state = start
        // The full filter draws no random numbers; a copy keeps the search's own sequence untouched.
        var rng = self.rng
        for d in constructionOrder() {
            let unserved = problem.demands[d].visits.contains { state.workerOf[Int($0)] < 0 && problem.staticReason[Int($0)] == nil }
            guard unserved else { continue }
            state.beginTransaction()
            let before = state.objective()
            state.recreateDemand(d, work: &work, filter: .all, rng: &rng)
            if state.objective() > before + 1e-9 { state.commit() } else { state.rollback() }
        }
        state.clearFocus()
        return state
    }
}
