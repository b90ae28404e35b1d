/// An upper bound on the score from a flow relaxation: visit minutes flow into worker-days and workers.
///
/// Network: source → visit group (visits of one day and weight with the same candidate workers, capacity
/// their minutes) → worker-day (capacity the shift length less the shortest round trip from home to any of
/// its candidate visits) → worker (capacity the week cap) → sink. Allowing visits to split and ignoring
/// windows and travel between visits only enlarges the feasible set, so the maximum weighted flow bounds
/// the weighted minutes. Weighted flow is maximised greedily, weight 2 before weight 1: the supplies a flow
/// network can deliver form a polymatroid, on which the greedy order is optimal (Edmonds, 1970). Bonuses
/// are bounded by the demands and visits that could earn them at all; kilometres by zero.
enum UpperBound {
    /// - Complexity: one max flow on O(groups × candidates) arcs.
    static func compute(_ problem: Problem) -> Double {
        let slots = problem.workers.count * 7
        let groupKeys = groups(problem)
        let nodeCount = 2 + groupKeys.order.count + slots + problem.workers.count
        let s = 0, t = 1
        let groupBase = 2, slotBase = groupBase + groupKeys.order.count, workerBase = slotBase + slots
        var flow = MaxFlow(nodes: nodeCount)

        for w in problem.workers.indices {
            flow.addArc(workerBase + w, t, Int64(problem.workers[w].weekCap))
        }
        var slotCapacity = [Int64](repeating: -1, count: slots)
        for (g, key) in groupKeys.order.enumerated() {
            let first = groupKeys.firstVisit[g]
            let day = Int(problem.visits[first].day)
            for w in problem.candidates(of: first) {
                let slot = Int(w) * 7 + day
                if slotCapacity[slot] < 0 {
                    let worker = problem.workers[Int(w)]
                    var nearest = Int32.max
                    for v in problem.visitsOfSlot(slot) {
                        nearest = min(nearest, travelMinutes(worker.home.distance(to: problem.visits[Int(v)].location)))
                    }
                    slotCapacity[slot] = Int64(max(0, worker.shiftEnd[day] - worker.shiftStart[day] - 2 * nearest))
                    flow.addArc(slotBase + slot, workerBase + Int(w), slotCapacity[slot])
                }
                flow.addArc(groupBase + g, slotBase + slot, Int64(key.minutes))
            }
        }
        var heavy: Int64 = 0, light: Int64 = 0
        for weight in [2, 1] {
            for (g, key) in groupKeys.order.enumerated() where key.weight == weight {
                flow.addArc(s, groupBase + g, Int64(key.minutes))
            }
            let f = flow.augment(from: s, to: t)
            if weight == 2 { heavy = f } else { light = f }
        }
        var bonus = 0
        for (d, info) in problem.demands.enumerated() {
            if info.weekly && info.visits.allSatisfy({ problem.staticReason[Int($0)] == nil }) { bonus += 60 }
            _ = d
        }
        for v in problem.visits.indices where problem.visits[v].preferred >= 0 {
            if SolutionState.contains(problem.candidates(of: v), problem.visits[v].preferred) { bonus += 30 }
        }
        return Double(2 * heavy + light + Int64(bonus))
    }

    struct GroupKey: Hashable {
        var day: Int32
        var weight: Int32
        var candidates: ArraySlice<Int32>
        var minutes: Int32 = 0

        static func == (a: GroupKey, b: GroupKey) -> Bool {
            a.day == b.day && a.weight == b.weight && a.candidates.elementsEqual(b.candidates)
        }

        func hash(into h: inout Hasher) {
            h.combine(day)
            h.combine(weight)
            for c in candidates { h.combine(c) }
        }
    }

    /// Visits with candidates grouped by (day, weight, candidate set), in first-seen order.
    static func groups(_ problem: Problem) -> (order: [GroupKey], firstVisit: [Int]) {
        var index: [GroupKey: Int] = [:]
        var order: [GroupKey] = []
        var firstVisit: [Int] = []
        for v in problem.visits.indices where problem.staticReason[v] == nil {
            let visit = problem.visits[v]
            let key = GroupKey(day: visit.day, weight: visit.weight, candidates: problem.candidates(of: v))
            if let g = index[key] {
                order[g].minutes += visit.minutes
            } else {
                index[key] = order.count
                var k = key
                k.minutes = visit.minutes
                order.append(k)
                firstVisit.append(v)
            }
        }
        return (order, firstVisit)
    }
}
