import LinliModel

/// Replan runs: the frozen past placed as it was, and the replaced roster's assignments seeded first.
extension SolutionState {
    /// Places every frozen visit on its worker's route, in start order, without checking it: frozen rows
    /// are history, and no other visit shares their days.
    /// - Complexity: O(frozen visits × route length).
    mutating func placeFrozen() {
        let frozen = problem.visits.indices.filter { problem.visits[$0].frozen && problem.visits[$0].pinnedWorker >= 0 }
            .sorted { (problem.visits[$0].pinnedWorker, problem.visits[$0].windowStart, $0) < (problem.visits[$1].pinnedWorker, problem.visits[$1].windowStart, $1) }
        for v in frozen {
            let visit = problem.visits[v]
            let w = Int(visit.pinnedWorker)
            insert(v, worker: w, position: routes[w * 7 + Int(visit.day)].count)
        }
    }

    /// Gives each visit the worker the replaced roster gave it, in that roster's start order, where it
    /// still fits; what no longer fits is left to construction. Stops as soon as `stop` says so.
    /// - Complexity: O(kept visits × route length).
    mutating func placeKept(work: inout Int, until stop: () -> Bool = { false }) {
        let kept = problem.visits.indices.filter { v in
            let visit = problem.visits[v]
            return visit.keptWorker >= 0 && workerOf[v] < 0 && tables.staticReason[v] == nil
                && Self.contains(tables.candidates(of: v), visit.keptWorker)
        }.sorted {
            let a = problem.visits[$0], b = problem.visits[$1]
            return (a.keptWorker, a.day, a.keptStart, $0) < (b.keptWorker, b.day, b.keptStart, $1)
        }
        for v in kept {
            if stop() { return }
            let visit = problem.visits[v]
            let w = Int(visit.keptWorker), day = Int(visit.day)
            guard used[w] + visit.minutes <= tables.workers[w].weekCap else { continue }
            let r = w * 7 + day
            work += 1 + routes[r].count
            // In old start order, appending rebuilds the old route; otherwise the cheapest place that fits.
            insert(v, worker: w, position: routes[r].count)
            if routes[r].isFeasible(problem: tables, worker: w, day: day) { continue }
            remove(v)
            if let (p, _) = routes[r].bestPosition(of: v, problem: tables, worker: w, day: day) {
                insert(v, worker: w, position: p)
            }
        }
    }
}
