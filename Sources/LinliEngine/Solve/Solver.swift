import Dispatch
import LinliModel
import Synchronization

/// Solves a ``Problem``: `solve` builds the weekly roster, ``RosterChecker`` verifies one independently.
///
/// The week is first split into independent parts (``Problem/parts()``: workers linked through visits they
/// could both serve); the parts are solved concurrently on all cores, each with its own seed
/// `SeededGenerator.derive(seed, smallest worker index of the part)` and a share of the budget proportional
/// to its visits, so the roster is the same whatever the number of cores or the order the parts finish in.
/// The flow bound is computed beside them. In weeks of up to ``LagrangianRosterBound/Effort/largestWeek``
/// servable visits each part also gets a Lagrangian bound twice: a cheap one right after construction, aimed
/// at the constructed roster's score, which ends the part's search as soon as its best roster reaches it
/// (proven optimal), and, unless that happened, one after the search, aimed at its score, doing at most
/// the search's work (``LagrangianRosterBound/Effort/late(visits:budget:)``). A part's
/// search also ends once it stops improving (``SearchParameters/stallWork(visits:lastImprovement:)``); both
/// stops are counted in work, so the roster still does not depend on the machine. The roster gets the
/// lower of the flow bound and the sum of the parts' bounds. A wall-clock ``Deadline`` may end all of it
/// earlier than the budget would; the solution then says so (``Solution/stoppedBy``) and may not repeat exactly.
///
/// With ``proofSeconds`` (`--prove`), every part of any week also gets a longer Lagrangian bound after its
/// search (``LagrangianRosterBound/Effort/proof(visits:seconds:)``), going on from the late bound where there is
/// one. It only tightens the reported bound: the roster is the one the run makes without it.
public struct Solver: Sendable {
    public var options: RunOptions
    /// Seconds of extra bound work after the search (`--prove`), shared among the parts by their visits; 0: none.
    public var proofSeconds: Double
    package var parameters = SearchParameters()
    /// Servable visits of the largest week whose parts get the Lagrangian bound without `--prove`
    /// (``LagrangianRosterBound/Effort/largestWeek``; a test hook).
    package var largestBoundedWeek = LagrangianRosterBound.Effort.largestWeek

    public init(options: RunOptions, proofSeconds: Double = 0) {
        self.options = options
        self.proofSeconds = proofSeconds.isFinite ? max(0, proofSeconds) : 0
    }

    /// Work units per second of `--time-limit`, measured on the reference 2-core machine, so a time limit
    /// becomes a deterministic budget.
    public static let workUnitsPerSecond = 6_000_000.0

    /// About how many times the time of a part's early Lagrangian bound its late one takes (four times the
    /// work and five times the steps, ``LagrangianRosterBound/Effort/early(visits:)``).
    static let lateBoundPerEarly = 4.0
    /// The largest share of the time a search leaves for the late bound: the roster comes first.
    static let largestBoundReserve = 0.2

    /// The search budget for a time limit; saturates at `Int.max` for huge limits, 0 for negative or NaN ones.
    public static func workUnits(seconds: Double) -> Int {
        let units = seconds * workUnitsPerSecond
        guard units > 0 else { return 0 }
        return units < Double(Int.max) ? Int(units) : Int.max
    }

    /// Builds the roster: pinned visits, greedy construction, then ruin and recreate within the budget or
    /// until the `deadline`, whichever comes first, or until a part's roster is proven optimal or its search
    /// stalls; the upper bound is computed concurrently under the same
    /// deadline (the servable bound when the flow bound cannot finish). `proofDeadline` ends ``proofSeconds``'
    /// bounds instead: a part whose proof it cuts before a first value keeps the bound it had.
    /// - Complexity: O(construction + budget), plus the proof's work; construction is O(visits × candidates ×
    ///   route length).
    public func solve(_ problem: Problem, deadline: Deadline = .never, proofDeadline: Deadline = .never) -> Solution {
        let parts = problem.parts()
        let servable = max(1, parts.reduce(0) { $0 + $1.visits.count })
        let budget = Self.workUnits(seconds: options.timeLimit)
        let results = Mutex<[Int: Solution]>([:])
        let bound = Mutex<(value: Double, method: BoundMethod)>((0, .flow))
        var tuning = self.parameters
        tuning.balance = options.balance
        let parameters = tuning
        let seed = options.seed
        // Iteration 0 computes the bound, so it starts first and runs beside the parts.
        DispatchQueue.concurrentPerform(iterations: parts.count + 1) { i in
            guard i > 0 else {
                // Given up by the finish share, like the search, so that the roster is assembled in time.
                let computed = problem.flowBound(deadline: deadline.ending(at: Deadline.finishShare))
                bound.withLock { $0 = computed }
                deadline.reached(.bound)
                return
            }
            let part = parts[i - 1]
            let sub = problem.restricted(to: part)
            let exact = Double(budget) * Double(part.visits.count) / Double(servable)
            let share = exact < Double(Int.max) ? Int(exact.rounded()) : Int.max
            var search = Search(
                problem: sub, seed: SeededGenerator.derive(seed, UInt64(part.workers[0])), budget: share,
                parameters: parameters, deadline: deadline
            )
            let built = search.construct(pinned: sub.pinnedVisits)
            let bounded = servable <= largestBoundedWeek
            let proof = proofSeconds * Double(part.visits.count) / Double(servable)
            // A proof's relaxation is built after the search, so that `--prove` leaves the search its time.
            let lagrangian = bounded ? LagrangianRosterBound(sub) : nil
            var early: Double?, ceiling = Double.infinity, reserved = 0.0
            // The late bound goes on from where the early one stopped, and the proof from the late one.
            var multipliers: LagrangianRosterBound.Multipliers?
            if bounded, let lagrangian {
                // The part's score less the search's objective: a constant of the part (frozen rows' relationships).
                let offset = Solution(state: built, upperBound: 0, workUnits: 0).parts.score - built.objective()
                let before = deadline.used
                early = lagrangian.bound(
                    target: built.objective() + offset, effort: .early(visits: part.visits.count), deadline: deadline, warm: &multipliers)
                if let early { ceiling = early - offset }
                // A search the clock ends leaves the bound after it about the time it will need, judged by this one.
                reserved = min(Self.largestBoundReserve, Self.lateBoundPerEarly * max(0, deadline.used - before))
            }
            let hurried = search.stoppedBy == .clock
            let grouped = parameters.searchesInGroups(sub, bounded: bounded, hurried: hurried)
            let state = grouped
                ? search.improveInGroups(built, budget: parameters.groupBudget(share, weekVisits: servable))
                : search.improve(built, ceiling: ceiling, reserving: reserved)
            var solution = Solution(state: state, upperBound: 0, workUnits: share)
            solution.stoppedBy = search.stoppedBy
            solution.placementCut = hurried
            solution.searchWork = search.workDone
            if search.stoppedBy == .optimal, let early {
                solution.upperBound = early
            } else {
                let late = bounded ? lagrangian?.bound(
                    target: solution.parts.score, effort: .late(visits: part.visits.count, budget: share), deadline: deadline, warm: &multipliers) : nil
                let proven = proof > 0 ? (lagrangian ?? LagrangianRosterBound(sub)).bound(
                    target: solution.parts.score, effort: .proof(visits: part.visits.count, seconds: proof), deadline: proofDeadline,
                    warm: &multipliers) : nil
                solution.upperBound = [early, late, proven].compactMap { $0 }.min() ?? .nan
            }
            deadline.reached(.bound)
            results.withLock { $0[i - 1] = solution }
        }
        let solved = results.withLock { $0 }
        let flow = bound.withLock { $0 }
        let (upperBound, method) = UpperBound.combined(flow: flow, parts: parts.indices.map { solved[$0]?.upperBound })
        var solution = Solution(
            assignments: [], unmet: [], parts: ScoreBreakdown(scoresRelationships: problem.options.continuity),
            upperBound: upperBound, workUnits: 0)
        solution.boundMethod = method
        solution.relationshipPossible = problem.relationshipPossible
        solution.stoppedBy = problem.candidatesComplete ? .optimal : .clock
        solution.placementCut = !problem.candidatesComplete
        for i in parts.indices {
            guard let s = solved[i] else {
                solution.placementCut = true
                continue
            }
            solution.placementCut = solution.placementCut || s.placementCut
            solution.stoppedBy = .combined(solution.stoppedBy, s.stoppedBy)
            solution.searchWork = Self.adding(solution.searchWork, s.searchWork)
            solution.assignments += s.assignments
            solution.unmet += s.unmet
            solution.parts.weightedMinutes += s.parts.weightedMinutes
            solution.parts.routeKm += s.parts.routeKm
            solution.parts.continuityDemands += s.parts.continuityDemands
            solution.parts.preferredVisits += s.parts.preferredVisits
            solution.parts.stableVisits += s.parts.stableVisits
            solution.parts.relationshipVisits += s.parts.relationshipVisits
            solution.workUnits = Self.adding(solution.workUnits, s.workUnits)
        }
        for v in problem.visits.indices where problem.candidateStart[v + 1] == problem.candidateStart[v] && !problem.visits[v].frozen {
            let key = problem.visitKeys[v]
            solution.unmet.append(UnmetVisit(demandID: key.demandID, date: key.date, reason: problem.staticReason[v] ?? .outcompeted))
        }
        solution.assignments.sort { ($0.workerID, $0.date, $0.start) < ($1.workerID, $1.date, $1.start) }
        solution.unmet.sort { ($0.demandID, $0.date) < ($1.demandID, $1.date) }
        return solution
    }
}

extension Solver {
    /// `a + b`, saturating at `Int.max`.
    static func adding(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? Int.max : sum
    }
}

extension Problem {
    /// Whether some visit is kept from a replaced roster or is a frozen row: a replan.
    var holdsReplanRows: Bool {
        visits.contains { $0.keptWorker >= 0 || $0.frozen }
    }

    /// Pinned visits with their workers.
    var pinnedVisits: [(visit: Int, worker: Int)] {
        visits.indices.filter { visits[$0].pinnedWorker >= 0 && !visits[$0].frozen }.map { ($0, Int(visits[$0].pinnedWorker)) }
    }

    /// The pinned visits (not frozen rows) of each worker-day (`worker * 7 + day`), in visit order, the worker-days
    /// in order.
    func pinnedVisitsBySlot() -> [(slot: Int, visits: [Int])] { slots(of: pinnedVisits) }

    /// The visits of `pinned` grouped by worker-day (`worker * 7 + day`), each group in the order given, the
    /// worker-days in order.
    func slots(of pinned: [(visit: Int, worker: Int)]) -> [(slot: Int, visits: [Int])] {
        var bySlot: [Int: [Int]] = [:]
        for (v, w) in pinned { bySlot[w * 7 + Int(visits[v].day), default: []].append(v) }
        return bySlot.keys.sorted().map { ($0, bySlot[$0]!) }
    }
}
