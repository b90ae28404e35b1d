import LinliModel

/// An upper bound on the score from a flow relaxation: visit minutes flow into worker-days and workers.
///
/// Network: source → visit group (visits of one day, weight, window, length and score per minute whose
/// candidates fall in the same worker classes, capacity their minutes) → class-day half hour (capacity its
/// members' shift minutes inside it; a group reaches the half hours its window overlaps, at most
/// min(visit minutes, overlap) per visit) → class-day (capacity Σ over its workers of the shift length less
/// the shortest round trip from home to any of their candidate visits) → class (capacity Σ week caps) → sink.
/// Workers of one class differ only in their home, so pooling them only enlarges the relaxation. Allowing
/// visits to split and ignoring the order of visits and travel between them only enlarges the feasible set.
///
/// A minute is worth its weight plus the bonuses its visit could earn spread over minutes: the preferred and
/// relationship bonuses over the visit's, the continuity bonus over its demand's
/// (``continuityPerMinute(_:)``). A roster earning a bonus serves every one of those minutes, so the flow of
/// its minutes earns it in full; one serving only some of them earns less, so this is the linear relaxation
/// of the bonus rows y ≤ x. The flow of highest value is found greedily, one distinct value per minute after
/// the other from the highest: the supplies a flow network can deliver form a polymatroid, on which the greedy
/// order is optimal (Edmonds, 1970). Kilometres are bounded by zero.
///
/// When the `deadline` expires before the flow is done, or the problem's candidate lists were cut short by
/// the clock (a flow over fewer candidates could fall below the optimum), the bound falls back to
/// ``servable(_:)``.
enum UpperBound {
    /// The flow bound, or the servable bound when the deadline expires first.
    /// - Complexity: one max flow on O(groups × classes × periods) arcs, augmented once per distinct value per minute.
    static func compute(_ problem: Problem, deadline: Deadline = .never) -> (value: Double, method: BoundMethod) {
        guard problem.candidatesComplete, let value = flowValue(problem, deadline: deadline) else {
            return (servable(problem), .servable)
        }
        return (value, .flow)
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

    /// Minutes of one period of the day in the flow: a visit's minutes flow only into the periods its window
    /// overlaps, and a class-day's period holds at most its members' shift minutes inside it.
    static let periodMinutes: Int32 = 30
    /// Most minutes a visit's window may leave free around it for its minutes to flow through the half
    /// hours; visits with more room flow into their class-days directly (which only enlarges the
    /// relaxation), so that wide windows, which the half hours barely constrain, add no arcs.
    static let periodSlack: Int32 = 120
    /// Most (visit, candidate) pairs of a week whose flow has half hours and bonuses spread over minutes.
    /// Such a flow has several times the arcs and is augmented once per distinct score per minute (some forty
    /// on generated weeks) rather than once per weight: on generated large (1.7 million pairs) that took 17 s
    /// against about one. Bigger weeks get the plain flow: no half hours, each bonus counted whole as if earned.
    static let largestDetailedPairs = 250_000

    /// The value of the maximum weighted flow, or nil when the deadline expired first.
    private static func flowValue(_ problem: Problem, deadline: Deadline) -> Double? {
        let classCount = Int(problem.workerClass.max() ?? -1) + 1
        let classSlots = classCount * 7
        let detailed = problem.candidateWorkers.count <= largestDetailedPairs
        guard let (groupKeys, constant) = groups(problem, detailed: detailed, deadline: deadline) else { return nil }

        // Pooled capacities: a class-day holds each member's shift less its shortest round trip home.
        var classCap = [Int64](repeating: 0, count: classCount)
        var slotCap = [Int64](repeating: 0, count: classSlots)
        var members = [Int64](repeating: 0, count: classSlots)
        var shift = [(start: Int32, end: Int32)](repeating: (0, 0), count: classSlots)
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
                members[c * 7 + day] += 1
                shift[c * 7 + day] = (worker.shiftStart[day], worker.shiftEnd[day])
            }
        }
        // Periods of each used class-day, numbered after the other nodes.
        let s = 0, t = 1
        let groupBase = 2, slotBase = groupBase + groupKeys.count, classBase = slotBase + classSlots
        var periodFirst = [Int32](repeating: -1, count: classSlots)
        var periodCount = classBase + classCount
        for slot in 0..<classSlots where detailed && slotCap[slot] > 0 {
            periodFirst[slot] = Int32(periodCount)
            periodCount += Int((shift[slot].end + periodMinutes - 1) / periodMinutes)
        }
        var flow = MaxFlow(nodes: periodCount)
        var classArc = [Int](repeating: -1, count: classCount)
        var slotArc = [Int](repeating: -1, count: classSlots)
        for c in 0..<classCount where classCap[c] > 0 { classArc[c] = flow.addArc(classBase + c, t, classCap[c]) }
        var periodArc: [Int: Int] = [:]
        for slot in 0..<classSlots where slotCap[slot] > 0 {
            slotArc[slot] = flow.addArc(slotBase + slot, classBase + slot / 7, slotCap[slot])
            guard detailed else { continue }
            let (start, end) = shift[slot]
            for p in (start / periodMinutes)..<((end + periodMinutes - 1) / periodMinutes) {
                let inside = min(end, (p + 1) * periodMinutes) - max(start, p * periodMinutes)
                guard inside > 0 else { continue }
                let node = Int(periodFirst[slot]) + Int(p)
                periodArc[node] = flow.addArc(node, slotBase + slot, members[slot] * Int64(inside))
            }
        }
        var groupArcs: [[(arc: Int, period: Int, slot: Int)]] = []
        for (g, key) in groupKeys.enumerated() {
            if deadline.isExpired { return nil }
            var arcs: [(Int, Int, Int)] = []
            for c in key.classes where slotCap[Int(c) * 7 + Int(key.day)] > 0 {
                let slot = Int(c) * 7 + Int(key.day)
                guard key.windowStart >= 0 else {
                    arcs.append((flow.addArc(groupBase + g, slotBase + slot, Int64(key.minutes)), -1, slot))
                    continue
                }
                let from = max(key.windowStart, shift[slot].start), to = min(key.windowEnd, shift[slot].end)
                guard from < to else { continue }
                for p in (from / periodMinutes)...((to - 1) / periodMinutes) {
                    let inside = min(to, (p + 1) * periodMinutes) - max(from, p * periodMinutes)
                    let node = Int(periodFirst[slot]) + Int(p)
                    guard inside > 0, let down = periodArc[node] else { continue }
                    let capacity = Int64(key.count) * Int64(min(key.visitMinutes, inside))
                    arcs.append((flow.addArc(groupBase + g, node, capacity), down, slot))
                }
            }
            groupArcs.append(arcs)
        }
        // Greedy over the values per minute, highest first; earlier sources keep their flow.
        let order = groupKeys.indices.sorted { (groupKeys[$0].density, -$0) > (groupKeys[$1].density, -$1) }
        var source = [Int](repeating: -1, count: groupKeys.count)
        var i = 0
        while i < order.count {
            let density = groupKeys[order[i]].density
            while i < order.count, groupKeys[order[i]].density == density {
                let g = order[i]
                source[g] = flow.addArc(s, groupBase + g, Int64(groupKeys[g].minutes))
                // Greedy start: fill along direct paths, so Dinic only has to reroute what is left.
                for (arc, down, slot) in groupArcs[g] {
                    let c = slot / 7
                    guard classArc[c] >= 0 else { continue }
                    let path = (down >= 0 ? [source[g], arc, down] : [source[g], arc]) + [slotArc[slot], classArc[c]]
                    let amount = path.map { flow.residual($0) }.min() ?? 0
                    guard amount > 0 else { continue }
                    for e in path { flow.send(amount, along: e) }
                }
                i += 1
            }
            guard flow.augment(from: s, to: t, deadline: deadline) != nil else { return nil }
        }
        var value = constant
        for (g, key) in groupKeys.enumerated() {
            value += key.density * Double(Int64(key.minutes) - flow.residual(source[g]))
        }
        return value
    }
}
