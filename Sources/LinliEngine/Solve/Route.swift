import LinliModel

/// One worker's visits on one day, in start order, with the times that make insertion checks O(1).
///
/// Visits start as early as possible (earliest-start schedule); `latest[i]` is the latest start of visit
/// `i` that keeps every later visit and the trip home feasible — the forward/backward time-window slack
/// of Savelsbergh, "The vehicle routing problem with time windows: minimizing route duration" (1992).
///
/// A class, so that examining a route costs one retain rather than one per array; ``copy()`` snapshots it.
final class Route {
    var visits: [Int32] = []
    /// Earliest end of each visit.
    var ends: [Int32] = []
    /// Latest feasible start of each visit.
    var latest: [Int32] = []
    /// `legs[i]` is the metres into visit `i`; `legs[n]` the metres from the last visit home. Empty when the route is.
    var legs: [Double] = []
    var meters: Double = 0
    /// Visits that start where the replaced roster had them, with the worker it gave them (replan runs).
    var stable = 0

    init() {}

    var isEmpty: Bool { visits.isEmpty }
    var count: Int { visits.count }

    /// Makes this route equal to `other`, copying into its own arrays' storage: a journal entry made this way
    /// allocates nothing once its arrays have grown, and leaves `other`'s arrays uniquely referenced, so the
    /// change that follows needs no copy-on-write either.
    /// - Complexity: O(n).
    func assign(from other: Route) {
        visits.removeAll(keepingCapacity: true)
        visits.append(contentsOf: other.visits)
        ends.removeAll(keepingCapacity: true)
        ends.append(contentsOf: other.ends)
        latest.removeAll(keepingCapacity: true)
        latest.append(contentsOf: other.latest)
        legs.removeAll(keepingCapacity: true)
        legs.append(contentsOf: other.legs)
        meters = other.meters
        stable = other.stable
    }

    /// An independent copy, for the best-known solution.
    func copy() -> Route {
        let r = Route()
        r.visits = visits
        r.ends = ends
        r.latest = latest
        r.legs = legs
        r.meters = meters
        r.stable = stable
        return r
    }
}

extension Route {
    /// Recomputes times and legs after `visits` changed.
    ///
    /// A visit the replaced roster gave this worker waits for its old start when the route allows it
    /// (no later than its latest start), so that unchanged visits keep their times.
    /// - Complexity: O(n) distance evaluations.
    func refresh(problem: SearchTables, worker: Int, day: Int) {
        legs.removeAll(keepingCapacity: true)
        if !visits.isEmpty {
            let metres = problem.legMetres
            let home = metres.homePlace[worker]
            var place = home
            for v in visits {
                let next = metres.visitPlace[Int(v)]
                legs.append(metres.metres(place, next))
                place = next
            }
            legs.append(metres.metres(place, home))
        }
        schedule(problem: problem, worker: worker, day: day)
    }

    /// Puts visit `v` at `position` and recomputes the times, measuring only the two legs that are new.
    ///
    /// The same legs, metres and times as ``refresh(problem:worker:day:)`` to the bit: each leg is measured
    /// in the same direction and the metres are added up in route order.
    /// - Complexity: O(n), two distance evaluations.
    func insert(_ v: Int32, at position: Int, problem: SearchTables, worker: Int, day: Int) {
        guard !visits.isEmpty else {
            visits.append(v)
            return refresh(problem: problem, worker: worker, day: day)
        }
        let metres = problem.legMetres
        let home = metres.homePlace[worker]
        let place = metres.visitPlace[Int(v)]
        let previous = position == 0 ? home : metres.visitPlace[Int(visits[position - 1])]
        let next = position == visits.count ? home : metres.visitPlace[Int(visits[position])]
        visits.insert(v, at: position)
        legs[position] = metres.metres(place, next)
        legs.insert(metres.metres(previous, place), at: position)
        schedule(problem: problem, worker: worker, day: day)
    }

    /// Takes out the visit at `position` and recomputes the times, measuring only the leg that closes the gap.
    ///
    /// The same legs, metres and times as ``refresh(problem:worker:day:)`` to the bit.
    /// - Complexity: O(n), one distance evaluation.
    func remove(at position: Int, problem: SearchTables, worker: Int, day: Int) {
        visits.remove(at: position)
        guard !visits.isEmpty else { return refresh(problem: problem, worker: worker, day: day) }
        let metres = problem.legMetres
        let home = metres.homePlace[worker]
        let previous = position == 0 ? home : metres.visitPlace[Int(visits[position - 1])]
        let next = position == visits.count ? home : metres.visitPlace[Int(visits[position])]
        legs.remove(at: position)
        legs[position] = metres.metres(previous, next)
        schedule(problem: problem, worker: worker, day: day)
    }

    /// Recomputes the metres, the earliest ends, the latest starts and the stable count from `visits` and `legs`.
    /// - Complexity: O(n), no distance evaluation.
    private func schedule(problem: SearchTables, worker: Int, day: Int) {
        let n = visits.count
        ends.removeAll(keepingCapacity: true)
        latest.removeAll(keepingCapacity: true)
        meters = 0
        stable = 0
        guard n > 0 else { return }
        for d in legs { meters += d }
        let w = problem.workers[worker]
        latest.append(contentsOf: repeatElement(0, count: n))
        var next = w.shiftEnd[day] - travelMinutes(legs[n])
        for i in stride(from: n - 1, through: 0, by: -1) {
            let visit = problem.visits[Int(visits[i])]
            latest[i] = min(visit.windowEnd, next) - visit.minutes
            next = latest[i] - travelMinutes(legs[i])
        }
        var t = w.shiftStart[day]
        let w32 = Int32(worker)
        for (i, v) in visits.enumerated() {
            let visit = problem.visits[Int(v)]
            var start = max(t + travelMinutes(legs[i]), visit.windowStart)
            if visit.keptWorker == w32 {
                start = max(start, min(visit.keptStart, latest[i]))
                if start == visit.keptStart { stable += 1 }
            }
            t = start + visit.minutes
            ends.append(t)
        }
    }

    /// Whether the earliest-start schedule keeps every window and the shift (rules 10, 11).
    func isFeasible(problem: SearchTables, worker: Int, day: Int) -> Bool {
        guard !visits.isEmpty else { return true }
        let w = problem.workers[worker]
        guard w.shiftStart[day] >= 0 else { return false }
        for (i, v) in visits.enumerated() where ends[i] > problem.visits[Int(v)].windowEnd { return false }
        return ends[visits.count - 1] + travelMinutes(legs[visits.count]) <= w.shiftEnd[day]
    }

    /// The cheapest feasible position for visit `v` in this route (rules 10 and 11), with the metres it adds.
    ///
    /// Each position is tested in O(1) from the earliest ends and latest starts; a zero-travel time test
    /// runs before any distance is looked up (``LegMetres``).
    /// - Complexity: O(n) positions, at most two distance evaluations each.
    func bestPosition(of v: Int, problem: SearchTables, worker: Int, day: Int) -> (position: Int, meters: Double)? {
        let w = problem.workers[worker]
        let shiftStart = w.shiftStart[day], shiftEnd = w.shiftEnd[day]
        guard shiftStart >= 0 else { return nil }
        let visit = problem.visits[v]
        let metres = problem.legMetres
        let home = metres.homePlace[worker], place = metres.visitPlace[v]
        let n = visits.count
        let latestStart = visit.windowEnd - visit.minutes
        var bestPosition = -1
        var bestMeters = Double.infinity
        for p in 0...n {
            let prevEnd = p == 0 ? shiftStart : ends[p - 1]
            if prevEnd > latestStart { break }
            let nextLimit = p == n ? shiftEnd : latest[p]
            if max(prevEnd, visit.windowStart) + visit.minutes > nextLimit { continue }
            let prevPlace = p == 0 ? home : metres.visitPlace[Int(visits[p - 1])]
            let dIn = metres.metres(prevPlace, place)
            let start = max(prevEnd + travelMinutes(dIn), visit.windowStart)
            if start > latestStart { continue }
            let nextPlace = p == n ? home : metres.visitPlace[Int(visits[p])]
            let dOut = metres.metres(place, nextPlace)
            if start + visit.minutes + travelMinutes(dOut) > nextLimit { continue }
            let added = dIn + dOut - (n == 0 ? 0 : legs[p])
            if added < bestMeters {
                bestMeters = added
                bestPosition = p
            }
        }
        return bestPosition < 0 ? nil : (bestPosition, bestMeters)
    }
}
