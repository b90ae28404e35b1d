import LinliModel

/// A from-scratch recount of everything the search keeps incrementally, to catch drift in the journal,
/// the cached route times or the running score totals.
extension SolutionState {
    /// Differences between the state and a recount from its routes; empty when they agree.
    ///
    /// Each route's times and legs are recomputed (the legs also by a fresh haversine) and compared bit for bit,
    /// the route must keep every window and the shift, and its visits must name its worker; minutes per
    /// worker, the score parts and the assignment of every visit are recounted from the routes. A replan's frozen rows are history: a day
    /// of only frozen visits need not fit the shift, and frozen minutes alone may exceed the week cap.
    /// - Complexity: O(visits + routes), one distance evaluation per leg.
    func invariantProblems() -> [String] {
        var problems: [String] = []
        var onRoute = [Int32](repeating: -1, count: workerOf.count)
        var minutes = [Int32](repeating: 0, count: used.count)
        var value = 0, meters = 0.0, preferred = 0, kept = 0, stable = 0
        var rebuilt = [Bool](repeating: false, count: used.count)
        for (r, route) in routes.enumerated() where !route.isEmpty {
            let w = r / 7, day = r % 7
            let fresh = Route()
            fresh.visits = route.visits
            fresh.refresh(problem: tables, worker: w, day: day)
            if fresh.ends != route.ends || fresh.latest != route.latest || fresh.legs != route.legs || fresh.meters != route.meters {
                problems.append("route \(r): cached times or legs differ from a recomputation")
            }
            if Self.measuredLegs(route.visits, tables: tables, worker: w) != route.legs {
                problems.append("route \(r): legs differ from the haversine (the remembered metres are wrong)")
            }
            stable += fresh.stable
            let history = route.visits.allSatisfy { tables.visits[Int($0)].frozen }
            if !history { rebuilt[w] = true }
            if !history && !fresh.isFeasible(problem: tables, worker: w, day: day) {
                problems.append("route \(r): breaks a window or the shift")
            }
            meters += fresh.meters
            for v32 in route.visits {
                let v = Int(v32), visit = tables.visits[v]
                if onRoute[v] >= 0 { problems.append("visit \(v) is on two routes") }
                onRoute[v] = Int32(w)
                if Int(visit.day) != day { problems.append("visit \(v) is on a route of another day") }
                if !Self.contains(tables.candidates(of: v), Int32(w)) { problems.append("visit \(v): worker \(w) is not a candidate") }
                minutes[w] += visit.minutes
                value += Int(visit.value)
                if visit.preferred == Int32(w) { preferred += 1 }
                if visit.previous == Int32(w) { kept += 1 }
            }
        }
        if onRoute != workerOf { problems.append("workerOf differs from the routes") }
        if minutes != used { problems.append("minutes per worker differ from the routes") }
        for w in used.indices where rebuilt[w] && minutes[w] > tables.workers[w].weekCap { problems.append("worker \(w) is over the week cap") }
        let continuity = tables.demands.indices.filter { hasContinuity($0) }.count
        if (value, preferred, kept, continuity) != (self.value, self.preferred, keptFromLastWeek, self.continuity) {
            problems.append(
                "score parts (value, preferred, kept, continuity) are \((self.value, self.preferred, keptFromLastWeek, self.continuity)), recounted \((value, preferred, kept, continuity))"
            )
        }
        if stable != self.stable { problems.append("stable visits are \(self.stable), recounted \(stable)") }
        problems += balanceProblems()
        if abs(meters - self.meters) > 1e-6 * max(1, meters) {
            problems.append("route metres are \(self.meters), recounted \(meters)")
        }
        return problems
    }

    /// The legs of `visits` for `worker`, measured with ``Location/distance(to:)`` rather than read from
    /// ``LegMetres``, so that the recount checks the remembered metres too.
    static func measuredLegs(_ visits: [Int32], tables: SearchTables, worker: Int) -> [Double] {
        let home = tables.workers[worker].home
        var legs: [Double] = [], location = home
        for v in visits {
            let next = tables.visits[Int(v)].location
            legs.append(location.distance(to: next))
            location = next
        }
        legs.append(location.distance(to: home))
        return legs
    }

    /// Stops the program when ``invariantProblems()`` finds any: the search has corrupted its own state.
    func verifyInvariants() {
        let problems = invariantProblems()
        precondition(problems.isEmpty, "search state differs from a recount: \(problems.prefix(3).joined(separator: "; "))")
    }
}
