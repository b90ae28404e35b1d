import LinliModel

/// The ruin half of ruin and recreate: remove related visits so that recreate can rearrange them.
///
/// Removal is by whole demands (every visit of a weekly demand leaves together, so it can come back as a
/// block on one worker), starting from strings of consecutive visits in the routes of workers who could
/// serve a seed visit — the string removal of Christiaens & Vanden Berghe (2020).
extension SolutionState {
    /// Removes strings around a seed visit and returns the demands to recreate, including unassigned demands
    /// that could use the freed time.
    mutating func ruinAroundSeed(maxRoutes: Int, maxString: Int, poolPerSlot: Int, wholeDemands: Bool, rng: inout SeededGenerator) -> [Int] {
        let seed = Int.random(in: 0..<tables.visits.count, using: &rng)
        guard tables.staticReason[seed] == nil else { return [] }
        var demands = [Int(tables.visits[seed].demand)]
        let day = Int(tables.visits[seed].day)
        var workers = Array(tables.candidates(of: seed))
        let own = workerOf[seed]
        workers.shuffle(using: &rng)
        if own >= 0, let i = workers.firstIndex(of: own) { workers.swapAt(0, i) }
        for w32 in workers.prefix(maxRoutes) {
            addFocus(Int(w32))
            let r = Int(w32) * 7 + day
            let route = routes[r]
            if !route.isEmpty {
                let length = Int.random(in: 1...min(maxString, route.count), using: &rng)
                let start = Int.random(in: 0...(route.count - length), using: &rng)
                if wholeDemands {
                    for v in route.visits[start..<(start + length)] { demands.append(Int(tables.visits[Int(v)].demand)) }
                } else {
                    for v in Array(route.visits[start..<(start + length)]) where tables.visits[Int(v)].pinnedWorker < 0 {
                        demands.append(Int(tables.visits[Int(v)].demand))
                        remove(Int(v))
                    }
                }
            }
            addUnassigned(slot: r, limit: poolPerSlot, into: &demands, rng: &rng)
        }
        return wholeDemands ? removeDemands(demands) : Self.uniqueSorted(demands)
    }

    /// Empties one or two days of `worker`, or of a random worker when nil.
    mutating func ruinWorkerDays(poolPerSlot: Int, wholeDemands: Bool, worker: Int? = nil, rng: inout SeededGenerator) -> [Int] {
        let w: Int
        if let worker { w = worker } else { w = Int.random(in: 0..<tables.workers.count, using: &rng) }
        addFocus(w)
        var demands: [Int] = []
        let first = Int.random(in: 0..<7, using: &rng)
        for day in [first, (first + Int.random(in: 1..<7, using: &rng)) % 7].prefix(Int.random(in: 1...2, using: &rng)) {
            let r = w * 7 + day
            for v in routes[r].visits where wholeDemands || tables.visits[Int(v)].pinnedWorker < 0 {
                demands.append(Int(tables.visits[Int(v)].demand))
                if !wholeDemands { remove(Int(v)) }
            }
            addUnassigned(slot: r, limit: poolPerSlot, into: &demands, rng: &rng)
        }
        return wholeDemands ? removeDemands(demands) : Self.uniqueSorted(demands)
    }

    /// Unassigned, servable demands that have this (worker, day) as a candidate slot, sampled.
    private func addUnassigned(slot r: Int, limit: Int, into demands: inout [Int], rng: inout SeededGenerator) {
        let pool = tables.visitsOfSlot(r)
        guard !pool.isEmpty, limit > 0 else { return }
        var added = 0
        var tries = 0
        while added < limit && tries < limit * 3 {
            tries += 1
            let v = Int(pool[pool.startIndex + Int.random(in: 0..<pool.count, using: &rng)])
            if workerOf[v] < 0 {
                demands.append(Int(tables.visits[v].demand))
                added += 1
            }
        }
    }

    /// Unassigns every visit of these demands except pinned ones; returns the demands sorted by index.
    private mutating func removeDemands(_ demands: [Int]) -> [Int] {
        let sorted = Self.uniqueSorted(demands)
        for d in sorted {
            for v in tables.demandVisits(d) where workerOf[Int(v)] >= 0 && tables.visits[Int(v)].pinnedWorker < 0 {
                remove(Int(v))
            }
        }
        return sorted
    }

    /// The demands in increasing order, each once. A ruin names a few dozen demands at most, so sorting a list
    /// costs less than hashing each into a set (measured: hashing was 2% of a tiny week's search).
    /// - Complexity: O(k log k).
    static func uniqueSorted(_ demands: [Int]) -> [Int] {
        var sorted = demands.sorted()
        var kept = 0
        for d in sorted where kept == 0 || sorted[kept - 1] != d {
            sorted[kept] = d
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }
}
