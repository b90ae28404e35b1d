import LinliModel

/// Stable relationships: the search starts from last week's worker of every demand that can still have it.
extension SolutionState {
    /// Gives each demand its last worker where that worker is a candidate for every one of its pending visits
    /// and all of them still fit, worker by worker and day by day in window order, so the routes of last
    /// week's roster grow back before construction hands out the rest. A demand its last worker can serve
    /// only in part is left to construction, which weighs the relationship term against the continuity
    /// bonus of one worker for the whole demand (Docs/Rules.md). Like a replan that starts from the
    /// replaced roster (``placeKept(work:until:)``), it starts the search where the relationship term is high,
    /// and ruin and recreate then trades any of it for more elsewhere. Stops as soon as `stop` says so.
    /// - Complexity: O(visits with a last worker × route length).
    mutating func placeLastWorkers(work: inout Int, until stop: () -> Bool = { false }) {
        let demands = tables.demands.indices.compactMap { d -> (key: (Int32, Int32, Int32, Int), visits: [Int])? in
            let pending = tables.demands[d].visits.map(Int.init).filter { workerOf[$0] < 0 && tables.staticReason[$0] == nil }
            guard let first = pending.first else { return nil }
            let w = tables.visits[first].previous
            guard w >= 0, pending.allSatisfy({ Self.contains(tables.candidates(of: $0), w) }) else { return nil }
            let visit = tables.visits[first]
            return ((w, visit.day, visit.windowStart, d), pending)
        }.sorted { $0.key < $1.key }
        for (key, pending) in demands {
            if stop() { return }
            let w = Int(key.0)
            let minutes = pending.reduce(Int32(0)) { $0 + tables.visits[$1].minutes }
            guard used[w] + minutes <= tables.workers[w].weekCap else { continue }
            var placed: [Int] = []
            for v in pending {
                let day = Int(tables.visits[v].day)
                let r = w * 7 + day
                work += 1 + routes[r].count
                guard let (p, _) = routes[r].bestPosition(of: v, problem: tables, worker: w, day: day) else { break }
                insert(v, worker: w, position: p)
                placed.append(v)
            }
            if placed.count < pending.count { for v in placed { remove(v) } }
        }
    }
}

extension SolutionState {
    /// A ruin aimed at one relationship: draws (up to `tries` times) a visit not served by its last worker
    /// although that worker is a candidate, removes its demand and, from the last worker's route on each of
    /// the demand's days, up to `maxString` demands whose visits take the time of the demand's window (not
    /// the last worker's own relationships), so that recreating the drawn demand first can hand it back.
    /// - Returns: the demands to recreate, the drawn one first; empty when no such visit was drawn.
    /// - Complexity: O(tries + removed visits × route length).
    mutating func ruinForRelationship(tries: Int, maxString: Int, rng: inout SeededGenerator) -> [Int] {
        for _ in 0..<tries {
            let v = Int.random(in: 0..<tables.visits.count, using: &rng)
            let visit = tables.visits[v]
            let last = visit.previous
            guard last >= 0, workerOf[v] != last, tables.staticReason[v] == nil, visit.pinnedWorker < 0,
                  Self.contains(tables.candidates(of: v), last)
            else { continue }
            let d = Int(visit.demand)
            let w = Int(last)
            addFocus(w)
            var blocking = Set<Int>()
            for u32 in tables.demands[d].visits {
                let u = Int(u32)
                if workerOf[u] >= 0 { addFocus(Int(workerOf[u])) }
                let own = tables.visits[u]
                let route = routes[w * 7 + Int(own.day)]
                let overlapping = route.visits.indices.filter { i in
                    let x = tables.visits[Int(route.visits[i])]
                    let start = route.ends[i] - x.minutes
                    return x.previous != last && x.pinnedWorker < 0 && start < own.windowEnd && route.ends[i] > own.windowStart
                }.sorted { abs(route.ends[$0] - own.windowStart) < abs(route.ends[$1] - own.windowStart) }
                for i in overlapping.prefix(maxString) { blocking.insert(Int(tables.visits[Int(route.visits[i])].demand)) }
            }
            blocking.remove(d)
            let demands = [d] + blocking.sorted()
            for e in demands {
                for u in tables.demands[e].visits where workerOf[Int(u)] >= 0 && tables.visits[Int(u)].pinnedWorker < 0 {
                    remove(Int(u))
                }
            }
            return demands
        }
        return []
    }
}
