import LinliModel

/// Stable relationships: the search starts from last week's worker of every visit that can still have it.
extension SolutionState {
    /// Gives each visit its last worker where that worker is a candidate and the visit still fits, worker by
    /// worker and day by day in window order, so the routes of last week's roster grow back before
    /// construction hands out the rest; what no longer fits is left to construction. Like a replan that
    /// starts from the replaced roster (``placeKept(work:)``), it starts the search where the relationship
    /// term is high, and ruin and recreate then trades any of it for more elsewhere.
    /// - Complexity: O(visits with a last worker × route length).
    mutating func placeLastWorkers(work: inout Int) {
        let visits = tables.visits.indices.filter { v in
            let w = tables.visits[v].previous
            return w >= 0 && workerOf[v] < 0 && tables.staticReason[v] == nil && Self.contains(tables.candidates(of: v), w)
        }.sorted { a, b in
            let x = tables.visits[a], y = tables.visits[b]
            return (x.previous, x.day, x.windowStart, a) < (y.previous, y.day, y.windowStart, b)
        }
        for v in visits {
            let visit = tables.visits[v]
            let w = Int(visit.previous), day = Int(visit.day)
            guard used[w] + visit.minutes <= tables.workers[w].weekCap else { continue }
            let r = w * 7 + day
            work += 1 + routes[r].count
            if let (p, _) = routes[r].bestPosition(of: v, problem: tables, worker: w, day: day) {
                insert(v, worker: w, position: p)
            }
        }
    }
}
