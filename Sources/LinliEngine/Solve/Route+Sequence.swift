import LinliModel

extension Route {
    /// A route of `worker`'s `day` through every visit of `visits` that keeps each window and the shift
    /// (rules 10 and 11), or nil when no order does — how a worker-day's pinned visits are placed and checked.
    ///
    /// First each visit in turn goes to its cheapest feasible position, in the order the visits are given, then
    /// by earliest window end; when neither places them all, every order is tried depth first (earliest window
    /// end first) on the earliest-start schedule, cutting a partial
    /// order as soon as some visit left could no longer start inside its window or a visit could not get home by
    /// the shift's end (travel only adds time). The
    /// second pass is exact for the handful of visits a worker-day holds, and gives up after `limit` partial
    /// orders.
    /// - Complexity: O(n²) distance evaluations for the first pass; O(n!) at worst for the second, capped at `limit`.
    static func sequence(_ visits: [Int], problem: SearchTables, worker: Int, day: Int, limit: Int = 200_000) -> Route? {
        // The earliest window end first (then start): the order a day of many tight windows usually needs.
        let byWindow = visits.indices.sorted {
            let a = problem.visits[visits[$0]], b = problem.visits[visits[$1]]
            return (a.windowEnd, a.windowStart, $0) < (b.windowEnd, b.windowStart, $1)
        }
        for order in [Array(visits.indices), byWindow] {
            let greedy = Route()
            for i in order {
                guard let (p, _) = greedy.bestPosition(of: visits[i], problem: problem, worker: worker, day: day) else { break }
                greedy.insert(Int32(visits[i]), at: p, problem: problem, worker: worker, day: day)
            }
            if greedy.count == visits.count { return greedy }
        }
        let w = problem.workers[worker]
        guard w.shiftStart[day] >= 0 else { return nil }
        var order: [Int] = [], used = [Bool](repeating: false, count: visits.count), explored = 0
        func extend(from location: Location, at time: Int32) -> Bool {
            if order.count == visits.count {
                return time + travelMinutes(location.distance(to: w.home)) <= w.shiftEnd[day]
            }
            for (i, v) in visits.enumerated() where !used[i] {
                let visit = problem.visits[v]
                if time > visit.windowEnd - visit.minutes { return false }
            }
            for i in byWindow where !used[i] {
                let v = visits[i]
                explored += 1
                if explored > limit { return false }
                let visit = problem.visits[v]
                let start = max(time + travelMinutes(location.distance(to: visit.location)), visit.windowStart)
                // Later visits only end later: one that cannot get home by the shift's end here never can.
                guard start + visit.minutes <= visit.windowEnd,
                      start + visit.minutes + travelMinutes(visit.location.distance(to: w.home)) <= w.shiftEnd[day]
                else { continue }
                used[i] = true
                order.append(v)
                if extend(from: visit.location, at: start + visit.minutes) { return true }
                order.removeLast()
                used[i] = false
            }
            return false
        }
        guard extend(from: w.home, at: w.shiftStart[day]) else { return nil }
        let route = Route()
        route.visits = order.map(Int32.init)
        route.refresh(problem: problem, worker: worker, day: day)
        return route.isFeasible(problem: problem, worker: worker, day: day) ? route : nil
    }
}
