import LinliModel

extension Problem {
    /// Independent parts of the week: workers linked through visits they could both serve, with those visits.
    ///
    /// Two parts share no worker and no visit, so they can be solved apart. Visits that nobody can serve are
    /// left out. Parts are ordered by their smallest worker index, visits and workers ascending inside.
    /// - Complexity: O(candidate pairs · α) with union-find (Tarjan, 1975).
    func parts() -> [(visits: [Int], workers: [Int])] {
        var parent = Array(0..<workers.count)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        // Visits of one demand stay together: continuity links them.
        for info in demands {
            var first = -1
            for v in info.visits {
                for w in candidates(of: Int(v)) {
                    if first < 0 { first = Int(w); continue }
                    let a = find(first), b = find(Int(w))
                    if a != b { parent[max(a, b)] = min(a, b) }
                }
            }
        }
        var partOfRoot: [Int: Int] = [:]
        var out: [(visits: [Int], workers: [Int])] = []
        for w in workers.indices {
            let r = find(w)
            if partOfRoot[r] == nil {
                partOfRoot[r] = out.count
                out.append(([], []))
            }
            out[partOfRoot[r]!].workers.append(w)
        }
        for v in visits.indices {
            guard let w = candidates(of: v).first else { continue }
            out[partOfRoot[find(Int(w))]!].visits.append(v)
        }
        return out.filter { !$0.visits.isEmpty }
    }
}
extension Problem {
    /// The problem restricted to some of its visits and workers, re-indexed: a part of ``parts()``, or a group
    /// of a ``Bisection``.
    ///
    /// A visit keeps only the candidates among the workers kept, and its preferred or last worker only when
    /// kept. A weekly demand with a visit outside (one nobody can serve, or one left to another group) cannot
    /// earn continuity here, so it is not weekly.
    func restricted(to part: (visits: [Int], workers: [Int])) -> Problem {
        var workerMap = [Int32](repeating: -1, count: workers.count)
        for (i, w) in part.workers.enumerated() { workerMap[w] = Int32(i) }
        var demandMap = [Int32](repeating: -1, count: demands.count)
        var subDemands: [DemandInfo] = []
        /// Each demand's index in the whole problem.
        var origin: [Int] = []
        var subVisits: [Visit] = []
        var keys: [VisitKey] = []
        var reasons: [UnmetReason?] = []
        var candStart: [Int32] = [0]
        var candWorkers: [Int32] = []
        var candItems: [Int32] = []
        var demandIDs: [String] = []
        var demandMinutes: [Int] = []
        var demanded = 0
        subVisits.reserveCapacity(part.visits.count)
        keys.reserveCapacity(part.visits.count)
        reasons.reserveCapacity(part.visits.count)
        candStart.reserveCapacity(part.visits.count + 1)
        let candidateCount = part.visits.reduce(0) { $0 + Int(candidateStart[$1 + 1] - candidateStart[$1]) }
        candWorkers.reserveCapacity(candidateCount)
        candItems.reserveCapacity(candidateCount)
        for v in part.visits {
            var visit = visits[v]
            let d: Int32
            if demandMap[Int(visit.demand)] >= 0 { d = demandMap[Int(visit.demand)] } else {
                d = Int32(subDemands.count)
                demandMap[Int(visit.demand)] = d
                subDemands.append(DemandInfo(visits: [], weekly: demands[Int(visit.demand)].weekly))
                origin.append(Int(visit.demand))
                demandIDs.append(self.demandIDs[Int(visit.demand)])
                demandMinutes.append(self.demandMinutes[Int(visit.demand)])
            }
            subDemands[Int(d)].visits.append(Int32(subVisits.count))
            visit.demand = d
            visit.preferred = visit.preferred >= 0 ? workerMap[Int(visit.preferred)] : -1
            visit.previous = visit.previous >= 0 ? workerMap[Int(visit.previous)] : -1
            visit.pinnedWorker = visit.pinnedWorker >= 0 ? workerMap[Int(visit.pinnedWorker)] : -1
            visit.keptWorker = visit.keptWorker >= 0 ? workerMap[Int(visit.keptWorker)] : -1
            for k in Int(candidateStart[v])..<Int(candidateStart[v + 1]) where workerMap[Int(candidateWorkers[k])] >= 0 {
                candWorkers.append(workerMap[Int(candidateWorkers[k])])
                candItems.append(candidateItems[k])
            }
            candStart.append(Int32(candWorkers.count))
            demanded += Int(visit.value)
            subVisits.append(visit)
            keys.append(visitKeys[v])
            reasons.append(staticReason[v])
        }
        for d in subDemands.indices where subDemands[d].visits.count < demands[origin[d]].visits.count {
            subDemands[d].weekly = false
        }
        let subWorkers = part.workers.map { workers[$0] }
        let (slotStart, slotVisits) = Self.invert(candStart: candStart, candWorkers: candWorkers, visits: subVisits, workerCount: subWorkers.count)
        return Problem(
            week: week, options: options, visits: subVisits, workers: subWorkers, demands: subDemands,
            candidateStart: candStart, candidateWorkers: candWorkers, staticReason: reasons,
            slotVisitStart: slotStart, slotVisits: slotVisits, demandIDs: demandIDs,
            workerIDs: part.workers.map { workerIDs[$0] }, visitKeys: keys, candidateItems: candItems, menu: menu,
            demandMinutes: demandMinutes, workerClass: part.workers.map { workerClass[$0] },
            demandedWeightedMinutes: demanded, candidatesComplete: candidatesComplete
        )
    }
}
