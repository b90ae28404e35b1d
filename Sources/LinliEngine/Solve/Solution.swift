import LinliModel

/// What the solver returns: the roster rows, every unmet visit with its reason, and the score parts.
public struct Solution: Sendable {
    /// Ordered by worker, date, start.
    public var assignments: [Assignment]
    /// Ordered by demand, date.
    public var unmet: [UnmetVisit]
    public var parts: ScoreBreakdown
    public var assignedVisits: Int { assignments.count }
    /// An upper bound on the score (``UpperBound``).
    public var upperBound: Double
    /// Search work units granted (deterministic).
    public var workUnits: Int
    /// What ended the search (of the part that went furthest, ``SearchStop/combined(_:_:)``); a run ended
    /// by the clock may not repeat exactly.
    public var stoppedBy = SearchStop.budget
    /// Work units the improvement search spent over all parts, at most ``workUnits`` (deterministic unless
    /// the clock ended the search).
    public var searchWork = 0
    /// Whether the clock cut the placing of visits short: the compile left candidates out, or some part's first
    /// roster hurried or was never built. Only then can a roster that placed nothing be the clock's doing (a
    /// search only improves its part's first roster, which places every visit that fits).
    public var placementCut = false
    /// How ``upperBound`` was obtained.
    public var boundMethod = BoundMethod.flow
    /// Visits their last worker could serve (``Problem/relationshipPossible``).
    public var relationshipPossible = 0
}

extension Solution {
    /// Reads the roster rows, reasons and score parts off a final state.
    init(state: SolutionState, upperBound: Double, workUnits: Int) {
        let problem = state.problem
        var rows: [Assignment] = []
        rows.reserveCapacity(problem.visits.count)
        var relationships = 0
        for (r, route) in state.routes.enumerated() where !route.isEmpty {
            let w = r / 7
            for (i, v32) in route.visits.enumerated() {
                let v = Int(v32)
                let visit = problem.visits[v]
                if visit.previous == Int32(w) { relationships += 1 }
                if visit.frozen { continue }
                let key = problem.visitKeys[v]
                let item = problem.menu[Int(problem.itemIndex(visit: v, worker: Int32(w)))]
                let price = item.price(forMinutes: Int(visit.minutes))
                rows.append(Assignment(
                    demandID: key.demandID, date: key.date,
                    start: TimeOfDay(minutes: Int(route.ends[i] - visit.minutes)), end: TimeOfDay(minutes: Int(route.ends[i])),
                    workerID: problem.workerIDs[w], enterpriseID: item.enterpriseID, itemCode: item.itemCode, price: price
                ))
            }
        }
        rows.sort { ($0.workerID, $0.date, $0.start) < ($1.workerID, $1.date, $1.start) }
        var unmet: [UnmetVisit] = []
        for v in problem.visits.indices where state.workerOf[v] < 0 && !problem.visits[v].frozen {
            let key = problem.visitKeys[v]
            unmet.append(UnmetVisit(demandID: key.demandID, date: key.date, reason: problem.staticReason[v] ?? .outcompeted))
        }
        unmet.sort { ($0.demandID, $0.date) < ($1.demandID, $1.date) }
        assignments = rows
        self.unmet = unmet
        parts = ScoreBreakdown(
            weightedMinutes: state.value, routeKm: state.meters / 1000,
            continuityDemands: state.continuity, preferredVisits: state.preferred, stableVisits: state.stable,
            relationshipVisits: relationships, scoresRelationships: problem.options.continuity
        )
        self.upperBound = upperBound
        self.workUnits = workUnits
    }
}

extension Problem {
    /// The item index of candidate `worker` for visit `v`.
    func itemIndex(visit v: Int, worker: Int32) -> Int32 {
        var lo = Int(candidateStart[v]), hi = Int(candidateStart[v + 1])
        while lo < hi {
            let mid = (lo + hi) / 2
            if candidateWorkers[mid] < worker { lo = mid + 1 } else { hi = mid }
        }
        precondition(lo < Int(candidateStart[v + 1]) && candidateWorkers[lo] == worker, "worker is not a candidate of the visit")
        return candidateItems[lo]
    }
}
