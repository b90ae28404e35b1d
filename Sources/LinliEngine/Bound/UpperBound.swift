import LinliModel

/// An upper bound on the score from a flow relaxation: visit minutes flow into worker-days and workers.
///
/// Network: source → visit group (visits of one day and weight whose candidates fall in the same worker
/// classes, capacity their minutes) → class-day (capacity Σ over its workers of the shift length less the
/// shortest round trip from home to any of their candidate visits) → class (capacity Σ week caps) → sink.
/// Workers of one class differ only in their home, so pooling them only enlarges the relaxation. Allowing visits to split and ignoring
/// windows and travel between visits only enlarges the feasible set, so the maximum weighted flow bounds
/// the weighted minutes. Weighted flow is maximised greedily, weight 2 before weight 1: the supplies a flow
/// network can deliver form a polymatroid, on which the greedy order is optimal (Edmonds, 1970). Bonuses
/// are bounded by the demands and visits that could earn them at all; kilometres by zero.
///
/// When the `deadline` expires before the flow is done, or the problem's candidate lists were cut short by
/// the clock (a flow over fewer candidates could fall below the optimum), the bound falls back to
/// ``servable(_:)``.
enum UpperBound {
    /// The flow bound, or the servable bound when the deadline expires first.
    /// - Complexity: one max flow on O(groups × classes) arcs.
    static func compute(_ problem: Problem, deadline: Deadline = .never) -> (value: Double, method: BoundMethod) {
        guard problem.candidatesComplete, let minutes = flowWeightedMinutes(problem, deadline: deadline) else {
            return (servable(problem), .servable)
        }
        return (Double(minutes + bonuses(problem)), .flow)
    }

    /// The lower of the `flow` bound and the sum of the parts' Lagrangian bounds (``LagrangianRosterBound``) when
    /// every part has one: parts share no visit and no worker, so their bounds add up.
    static func combined(flow: (value: Double, method: BoundMethod), parts: [Double?]) -> (value: Double, method: BoundMethod) {
        var sum = 0.0
        for part in parts {
            guard let part, part.isFinite else { return flow }
            sum += part
        }
        return sum < flow.value ? (sum, .lagrangian) : flow
    }

    /// Every servable visit's weighted minutes plus every bonus that could be earned at all: always valid,
    /// since a roster earns nothing else and kilometres only subtract.
    /// - Complexity: O(visits × log candidates).
    static func servable(_ problem: Problem) -> Double {
        var minutes: Int64 = 0
        for v in problem.visits.indices where problem.staticReason[v] == nil { minutes += Int64(problem.visits[v].value) }
        return Double(minutes + bonuses(problem))
    }

    /// The weighted minutes of the maximum weighted flow, or nil when the deadline expired first.
    private static func flowWeightedMinutes(_ problem: Problem, deadline: Deadline) -> Int64? {
        let classCount = Int(problem.workerClass.max() ?? -1) + 1
        let classSlots = classCount * 7
        guard let groupKeys = groups(problem, deadline: deadline) else { return nil }
        let s = 0, t = 1
        let groupBase = 2, slotBase = groupBase + groupKeys.count, classBase = slotBase + classSlots
        var flow = MaxFlow(nodes: classBase + classCount)

        // Pooled capacities: a class-day holds each member's shift less its shortest round trip home.
        var classCap = [Int64](repeating: 0, count: classCount)
        var slotCap = [Int64](repeating: 0, count: classSlots)
        for w in problem.workers.indices {
            if deadline.isExpired { return nil }
            let worker = problem.workers[w], c = Int(problem.workerClass[w])
            classCap[c] += Int64(worker.weekCap)
            for day in 0..<7 {
                let visits = problem.visitsOfSlot(w * 7 + day)
                guard !visits.isEmpty else { continue }
                var nearest = Int32.max
                for v in visits {
                    nearest = min(nearest, travelMinutes(worker.home.distance(to: problem.visits[Int(v)].location)))
                }
                slotCap[c * 7 + day] += Int64(max(0, worker.shiftEnd[day] - worker.shiftStart[day] - 2 * nearest))
            }
        }
        var classArc = [Int](repeating: -1, count: classCount)
        var slotArc = [Int](repeating: -1, count: classSlots)
        for c in 0..<classCount where classCap[c] > 0 { classArc[c] = flow.addArc(classBase + c, t, classCap[c]) }
        for slot in 0..<classSlots where slotCap[slot] > 0 {
            slotArc[slot] = flow.addArc(slotBase + slot, classBase + slot / 7, slotCap[slot])
        }
        var groupArcs: [[(arc: Int, slot: Int)]] = []
        for (g, key) in groupKeys.enumerated() {
            var arcs: [(Int, Int)] = []
            for c in key.classes where slotCap[Int(c) * 7 + Int(key.day)] > 0 {
                let slot = Int(c) * 7 + Int(key.day)
                arcs.append((flow.addArc(groupBase + g, slotBase + slot, Int64(key.minutes)), slot))
            }
            groupArcs.append(arcs)
        }
        var heavy: Int64 = 0, light: Int64 = 0
        for weight in [2, 1] {
            var f: Int64 = 0
            for (g, key) in groupKeys.enumerated() where key.weight == weight {
                let source = flow.addArc(s, groupBase + g, Int64(key.minutes))
                // Greedy start: fill along direct paths, so Dinic only has to reroute what is left.
                for (arc, slot) in groupArcs[g] {
                    let c = slot / 7
                    let amount = min(flow.residual(source), flow.residual(slotArc[slot]), flow.residual(classArc[c]))
                    guard amount > 0 else { continue }
                    for e in [source, arc, slotArc[slot], classArc[c]] { flow.send(amount, along: e) }
                    f += amount
                }
            }
            guard let more = flow.augment(from: s, to: t, deadline: deadline) else { return nil }
            f += more
            if weight == 2 { heavy = f } else { light = f }
        }
        return 2 * heavy + light
    }

    /// The continuity bonus of every weekly demand whose visits all have candidates, the preferred-worker
    /// bonus of every visit its preferred worker could serve (of every servable visit with a preferred worker
    /// when candidate lists were cut short), and likewise the relationship bonus (``Problem/relationshipBound``).
    private static func bonuses(_ problem: Problem) -> Int64 {
        var bonus: Int64 = 0
        for info in problem.demands where info.weekly && info.visits.allSatisfy({ problem.staticReason[Int($0)] == nil }) {
            bonus += 60
        }
        for v in problem.visits.indices where problem.visits[v].preferred >= 0 {
            if problem.candidatesComplete ? SolutionState.contains(problem.candidates(of: v), problem.visits[v].preferred)
                : problem.staticReason[v] == nil { bonus += 30 }
        }
        return bonus + Int64(problem.relationshipBound)
    }

    struct GroupKey: Hashable {
        var day: Int32
        var weight: Int32
        /// Sorted classes of the visit's candidate workers.
        var classes: [Int32]
        var minutes: Int32 = 0

        static func == (a: GroupKey, b: GroupKey) -> Bool {
            a.day == b.day && a.weight == b.weight && a.classes == b.classes
        }

        func hash(into h: inout Hasher) {
            h.combine(day)
            h.combine(weight)
            h.combine(classes)
        }
    }

    /// Visits with candidates grouped by (day, weight, classes of their candidates), in first-seen order; nil
    /// when the deadline expires first.
    static func groups(_ problem: Problem, deadline: Deadline = .never) -> [GroupKey]? {
        var index: [GroupKey: Int] = [:]
        var order: [GroupKey] = []
        for v in problem.visits.indices where problem.staticReason[v] == nil {
            if v % 1024 == 0 && deadline.isExpired { return nil }
            let visit = problem.visits[v]
            let classes = Array(Set(problem.candidates(of: v).map { problem.workerClass[Int($0)] })).sorted()
            let key = GroupKey(day: visit.day, weight: visit.weight, classes: classes)
            if let g = index[key] {
                order[g].minutes += visit.minutes
            } else {
                index[key] = order.count
                var k = key
                k.minutes = visit.minutes
                order.append(k)
            }
        }
        return order
    }
}
