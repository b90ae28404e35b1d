import LinliModel

extension LagrangianRosterBound {
    /// The legs between the visits of one worker-day, for the elementary route search: row-major over the
    /// slot's jobs, `minutes[i * count + j]` and `cost[i * count + j]` from job i to job j.
    struct Legs {
        var count: Int
        var minutes: [Int32]
        var cost: [Double]
    }

    /// Most jobs of a worker-day the elementary search takes on (a route's visits are kept in a 64-bit set).
    static let elementaryJobs = 64

    /// The exact legs between the jobs of a worker-day, or nil when it holds more than ``elementaryJobs``.
    /// - Complexity: O(jobs²) distances.
    static func legs(of visits: [Location]) -> Legs? {
        let n = visits.count
        guard n <= elementaryJobs else { return nil }
        var legs = Legs(count: n, minutes: .init(repeating: 0, count: n * n), cost: .init(repeating: 0, count: n * n))
        for i in 0..<n {
            for j in 0..<n where j != i {
                let metres = visits[i].distance(to: visits[j])
                legs.minutes[i * n + j] = travelMinutes(metres)
                legs.cost[i * n + j] = ScoreBreakdown.kmPenalty * metres / 1000
            }
        }
        return legs
    }

    /// The best reduced profit of one worker-day over elementary routes with exact legs, its jobs appended to
    /// `route`; nil when more than `open` jobs pay or the search would examine more than `limit`
    /// partial routes (the caller then falls back to the relaxed ``relaxedRoute(_:reduced:critical:limit:scratch:route:)``).
    ///
    /// The pricing problem of column generation with elementary routes (an elementary shortest path with
    /// resource constraints; Feillet, Dejax, Gendreau and Gueguen, Networks 44, 2004), solved by depth-first
    /// branch and bound. Only visits of positive reduced profit are tried: leaving a visit out of a route
    /// never makes it later or longer (haversine metres obey the triangle inequality, and rounding travel
    /// minutes up is subadditive), so the best route holds none of the others. A partial route is cut when it
    /// cannot get home inside the shift, when its value plus every still reachable positive profit cannot
    /// beat the best route found (the legs still to drive cost at least the way home, by the triangle
    /// inequality), or when a route through the same visits to the same last one ended no later with no less
    /// value (label dominance).
    /// - Complexity: O(limit × jobs of the slot) at worst; returns the partial routes examined as its work.
    func elementaryRoute(
        _ slot: Slot, legs: Legs, reduced: [Double], open openLimit: Int, limit: Int, route: inout [Int32]
    ) -> (value: Double, work: Int)? {
        let base = slot.range.lowerBound, length = slot.length
        var open: [Int] = []
        for i in 0..<legs.count where reduced[base + i] > 1e-9 {
            let job = jobs[base + i]
            let start = max(job.homeMinutes, job.release)
            if start <= job.latestStart && start + job.minutes + job.homeMinutes <= length { open.append(i) }
        }
        guard !open.isEmpty else { return (0, 1) }
        guard open.count <= openLimit else { return nil }
        var best = 0.0, bestPath: [Int] = [], path: [Int] = []
        var nodes = 0, exceeded = false
        // The best (end, value) seen for each (visits, last visit): a partial route ending later with no
        // more value can do nothing the explored one could not.
        var seen: [Label: (end: Int32, value: Double)] = [:]

        /// Extends a route that ends at job `last` (its local index) at minute `end`, worth `value` so far.
        func extend(last: Int, end: Int32, value: Double, inRoute: UInt64) {
            let lastJob = jobs[base + last]
            let closed = value - lastJob.homeCost
            if closed > best {
                best = closed
                bestPath = path
            }
            var reachable = 0.0
            for i in open where inRoute & (1 << UInt64(i)) == 0 && jobs[base + i].latestStart >= end {
                reachable += reduced[base + i]
            }
            guard closed + reachable > best + 1e-9 else { return }
            for i in open where inRoute & (1 << UInt64(i)) == 0 {
                let job = jobs[base + i], leg = last * legs.count + i
                let start = max(end + legs.minutes[leg], job.release)
                let finish = start + job.minutes
                guard start <= job.latestStart, finish + job.homeMinutes <= length else { continue }
                let label = Label(visits: inRoute | (1 << UInt64(i)), last: Int32(i))
                let gain = value + reduced[base + i] - legs.cost[leg]
                if let other = seen[label], other.end <= finish, other.value >= gain { continue }
                seen[label] = (finish, gain)
                nodes += 1
                if nodes > limit {
                    exceeded = true
                    return
                }
                path.append(i)
                extend(last: i, end: finish, value: gain, inRoute: label.visits)
                path.removeLast()
                if exceeded { return }
            }
        }

        for i in open {
            let job = jobs[base + i]
            nodes += 1
            path = [i]
            extend(last: i, end: max(job.homeMinutes, job.release) + job.minutes, value: reduced[base + i] - job.homeCost, inRoute: 1 << UInt64(i))
            if exceeded { return nil }
        }
        for i in bestPath { route.append(Int32(base + i)) }
        return (best, nodes)
    }

    /// A partial route of the elementary search: the set of its visits (local indices) and the last one.
    struct Label: Hashable {
        var visits: UInt64
        var last: Int32
    }
}
