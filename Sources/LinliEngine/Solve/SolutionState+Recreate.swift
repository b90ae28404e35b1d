import LinliModel

/// The recreate half of ruin and recreate: greedy cheapest insertion, demand by demand.
///
/// A weekly demand is first tried as a block on one worker (earning the continuity bonus), and that plan is
/// compared with giving each visit its own best worker — Schrimpf et al., "Record breaking optimization
/// results using the ruin and recreate principle" (2000), with the sort orders and "blinks" of Christiaens &
/// Vanden Berghe, "Slack induction by string removals for vehicle routing problems" (2020).
extension SolutionState {
    /// The best position for visit `v` among its candidate workers, or nil when none fits.
    ///
    /// Each route examined costs `1 + its length` work units, so the search budget is deterministic rather than timed.
    /// - Complexity: O(candidates × route length).
    func bestInsertion(of v: Int, work: inout Int, filter: InsertionFilter = .all, rng: inout SeededGenerator) -> Insertion? {
        let visit = tables.visits[v]
        let day = Int(visit.day)
        var best: Insertion?
        let candidates = tables.candidates(of: v)
        let keep = filter.keepShare(of: candidates.count)
        var scan = filter.scan(candidates.count, rng: &rng)
        while let i = scan.next() {
            let w32 = candidates[candidates.startIndex + i]
            let w = Int(w32)
            if used[w] + visit.minutes > tables.workers[w].weekCap { continue }
            if keep < 1 && !focus[w] && w32 != visit.previous && Double.random(in: 0..<1, using: &rng) >= keep { continue }
            if filter.blink > 0 && Double.random(in: 0..<1, using: &rng) < filter.blink { continue }
            let r = w * 7 + day
            work += 1 + routes[r].count
            scan.examined()
            guard let (p, m) = routes[r].bestPosition(of: v, problem: tables, worker: w, day: day) else { continue }
            let delta = insertionDelta(of: v, worker: w32, meters: m)
            if best == nil || delta > best!.delta {
                best = Insertion(worker: w32, position: Int32(p), addedMeters: m, delta: delta)
            }
            scan.fits()
        }
        return best
    }

    /// Inserts what it can of the unassigned visits of demand `d`, choosing between one worker for all of
    /// them and each visit's own best worker by score; with ``InsertionFilter/blockFirst``, a weekly demand
    /// takes the block that ``bestBlock(_:pending:work:filter:rng:)`` finds without pricing the other plan.
    mutating func recreateDemand(_ d: Int, work: inout Int, filter: InsertionFilter, rng: inout SeededGenerator) {
        let visits = tables.demandVisits(d)
        var pending: [Int] = []
        for v in visits where workerOf[Int(v)] < 0 && tables.staticReason[Int(v)] == nil { pending.append(Int(v)) }
        guard !pending.isEmpty else { return }
        let blocks = tables.isWeekly(d) && visits.count > 1
        if blocks && filter.blockFirst, let block = bestBlock(d, pending: pending, work: &work, filter: filter, rng: &rng) {
            for (v, p) in block.positions { insert(v, worker: Int(block.worker), position: p) }
            return
        }
        var individual: [(Int, Insertion)] = []
        var individualTotal = 0.0
        for v in pending {
            if let ins = bestInsertion(of: v, work: &work, filter: filter, rng: &rng) {
                individual.append((v, ins))
                individualTotal += ins.delta
            }
        }
        if blocks && !filter.blockFirst,
           let block = bestBlock(d, pending: pending, work: &work, filter: filter, rng: &rng),
           block.total > individualTotal + 1e-9 {
            for (v, p) in block.positions { insert(v, worker: Int(block.worker), position: p) }
            return
        }
        for (v, ins) in individual {
            let w = Int(ins.worker)
            if used[w] + tables.visits[v].minutes <= tables.workers[w].weekCap {
                insert(v, worker: w, position: Int(ins.position))
            } else if let again = bestInsertion(of: v, work: &work, rng: &rng) {
                insert(v, worker: Int(again.worker), position: Int(again.position))
            }
        }
    }

    /// The best single worker for all pending visits of weekly demand `d`, with the continuity bonus.
    func bestBlock(
        _ d: Int, pending: [Int], work: inout Int, filter: InsertionFilter, rng: inout SeededGenerator
    ) -> (worker: Int32, positions: [(Int, Int)], total: Double)? {
        // The worker of the visits already assigned, when they share one; a block must go to that worker.
        var assigned: Int32 = -1
        for v in tables.demandVisits(d) {
            let w = workerOf[Int(v)]
            guard w >= 0 else { continue }
            if assigned >= 0 && w != assigned { return nil }
            assigned = w
        }
        let minutes = pending.reduce(Int32(0)) { $0 + tables.visits[$1].minutes }
        let candidates = tables.candidates(of: pending[0])
        let poolCount = assigned >= 0 ? 1 : candidates.count
        var best: (Int32, Double)?
        // Two buffers for the whole scan (the positions tried, the best ones), not an array per worker tried.
        var positions: [(Int, Int)] = [], bestPositions: [(Int, Int)] = []
        positions.reserveCapacity(pending.count)
        bestPositions.reserveCapacity(pending.count)
        let keep = filter.keepShare(of: poolCount)
        let lastWorker = tables.visits[pending[0]].previous
        var scan = filter.scan(poolCount, rng: &rng)
        outer: while let i = scan.next() {
            let w32 = assigned >= 0 ? assigned : candidates[candidates.startIndex + i]
            let w = Int(w32)
            if used[w] + minutes > tables.workers[w].weekCap { continue }
            if keep < 1 && !focus[w] && w32 != lastWorker && Double.random(in: 0..<1, using: &rng) >= keep { continue }
            positions.removeAll(keepingCapacity: true)
            var total = 60.0
            scan.examined()
            for v in pending {
                guard Self.contains(tables.candidates(of: v), w32) else { continue outer }
                let day = Int(tables.visits[v].day)
                let r = w * 7 + day
                work += 1 + routes[r].count
                guard let (p, m) = routes[r].bestPosition(of: v, problem: tables, worker: w, day: day) else { continue outer }
                let visit = tables.visits[v]
                total += Double(visit.value) - 0.002 * m + (visit.preferred == w32 ? 30 : 0)
                    + (visit.previous == w32 ? Self.lastWeekBonus : 0)
                    + (visit.keptWorker == w32 ? Double(ScoreBreakdown.stabilityBonus) : 0)
                positions.append((v, p))
            }
            if let balance { total -= balance.cost(adding: minutes, to: w, used: used[w]) }
            if best == nil || total > best!.1 {
                best = (w32, total)
                swap(&positions, &bestPositions)
            }
            scan.fits()
        }
        return best.map { (worker: $0.0, positions: bestPositions, total: $0.1) }
    }

    /// Binary search in a sorted candidate slice.
    static func contains(_ sorted: ArraySlice<Int32>, _ x: Int32) -> Bool {
        var lo = sorted.startIndex, hi = sorted.endIndex
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo < sorted.endIndex && sorted[lo] == x
    }
}

/// Which candidate workers an insertion examines.
///
/// Granular neighbourhoods (Toth & Vigo, "The granular tabu search and its application to the vehicle-routing
/// problem", 2003): during the search a visit with many candidates examines the workers whose routes the
/// ruin touched, and about `granularity` others drawn at random; construction examines all.
struct InsertionFilter: Sendable {
    /// Probability of skipping a candidate (SISR blinks).
    var blink: Double
    /// Expected number of non-focus candidates examined; 0 examines all.
    var granularity: Int
    /// With a positive value, candidates are examined from a random one on, and the examination stops once
    /// this many fit (first fit) or ``limit`` routes were examined; 0 examines every candidate in order.
    var enough = 0
    /// Routes examined at most when ``enough`` is positive.
    var limit = Int.max
    /// A weekly demand goes to a worker for all its visits when the scan finds one (``SolutionState/bestBlock``),
    /// and its visits are priced one by one only when it does not: fewer routes examined for such a demand.
    var blockFirst = false

    static let all = InsertionFilter(blink: 0, granularity: 0)
    /// About how many times as fast a demand is placed with ``hurried`` as with every candidate (measured on
    /// xl: the whole first roster in 0.7 s hurried, 1.8 s calm), for ``StagePace``.
    static let hurriedSpeedup = 2.5
    /// Construction once most of the time is used: the best of the first two candidates that fit, from a random
    /// one on, a weekly demand's block before its single visits, so the roster is still complete and valid,
    /// only less good, at a small cost per visit.
    static let hurried = InsertionFilter(blink: 0, granularity: 0, enough: 2, limit: 24, blockFirst: true)

    func keepShare(of count: Int) -> Double {
        granularity > 0 && count > granularity ? Double(granularity) / Double(count) : 1
    }

    /// The order to examine `count` candidates in.
    func scan(_ count: Int, rng: inout SeededGenerator) -> CandidateScan {
        guard enough > 0, count > 1 else { return CandidateScan(count: count) }
        return CandidateScan(count: count, first: Int.random(in: 0..<count, using: &rng), enough: enough, limit: limit)
    }
}
