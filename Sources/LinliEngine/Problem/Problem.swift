import LinliModel

/// One week of one district, compiled for the solver: plain indices, no strings on the hot path.
///
/// Built by ``Problem/init(dataset:week:options:pins:previous:)``. Rules 1-9 are evaluated there once per
/// (demand, worker) pair and shared by all visits of the demand; what remains for the solver are rules
/// 10-13 (windows, routes, week caps, once).
public struct Problem: Sendable {
    /// A visit: one demand on one date of the week.
    struct Visit: Sendable {
        var demand: Int32
        /// 0 = Monday … 6 = Sunday.
        var day: Int32
        var location: Location
        var household: Int32
        var windowStart: Int32
        /// Latest end (the window's end).
        var windowEnd: Int32
        var minutes: Int32
        var weight: Int32
        /// Worker index the household prefers, or -1.
        var preferred: Int32
        /// Weekly demands: the worker of the demand's latest-dated row last week (its last worker), or -1.
        var previous: Int32
        /// Fixed by a pin to this worker, or -1.
        var pinnedWorker: Int32
        /// Replan runs: the worker the replaced roster gave this visit, or -1; keeping it at `keptStart` earns the stability bonus.
        var keptWorker: Int32 = -1
        var keptStart: Int32 = -1
        /// Replan runs: a row of the replaced roster dated before the replan date, held as it was
        /// (window = its start and end, worker = `pinnedWorker`); it is written back by the caller, not by the solver.
        var frozen = false
        /// weight × minutes.
        var value: Int32 { weight * minutes }
    }

    struct WorkerInfo: Sendable {
        var home: Location
        /// Shift window per weekday index (lanes 0-6), `start < 0` on rest days; SIMD lanes keep it inline.
        var shiftStart: SIMD8<Int32>
        var shiftEnd: SIMD8<Int32>
        var weekCap: Int32
        /// Minutes the worker can give this week (``Workload/availableMinutes(windows:absent:weekCap:)``),
        /// the denominator of its utilisation.
        var available: Int32
    }

    struct DemandInfo: Sendable {
        var visits: [Int32]
        var weekly: Bool
    }

    let week: ISOWeek
    let options: RunOptions
    var visits: [Visit]
    let workers: [WorkerInfo]
    var demands: [DemandInfo]

    /// Candidate workers of each visit (CSR): rules 1-9 hold and the visit fits the worker's day alone.
    var candidateStart: [Int32]
    var candidateWorkers: [Int32]

    /// The reason a visit cannot be served by anybody even alone, or nil when some candidate exists.
    var staticReason: [UnmetReason?]

    /// Visits of each (worker, weekday) slot for which the worker is a candidate (CSR over `worker * 7 + day`).
    var slotVisitStart: [Int32]
    var slotVisits: [Int32]

    /// Strings needed to write the roster back.
    let demandIDs: [String]
    let workerIDs: [String]
    let visitKeys: [VisitKey]
    /// The cheapest admissible menu item for each (visit, candidate) pair: rows of `menu`, parallel to `candidateWorkers`.
    let candidateItems: [Int32]
    let menu: [MenuItem]
    /// Demand minutes, for pricing (rule 8).
    let demandMinutes: [Int]
    /// Workers alike in everything but their home (point, employer, skills, papers, shifts, cap) share a class;
    /// the upper bound pools each class's capacity.
    let workerClass: [Int32]
    /// Σ weight × minutes over all visits of the week.
    public let demandedWeightedMinutes: Int
    /// False when the deadline expired during compilation and later visits kept only a few candidates each
    /// (``hurriedCandidates``): reasons stay exact, but bounds over the candidates no longer hold.
    var candidatesComplete = true
    /// Visits their last worker could serve: rules 1-9 and 14 hold and the visit fits that worker's day
    /// alone (visits dated before a replan date instead count when their frozen row is by that worker).
    public var relationshipPossible = 0

    /// Number of visits in the week.
    public var visitCount: Int { visits.count }
    /// Number of workers in the district.
    public var workerCount: Int { workers.count }

    func candidates(of v: Int) -> ArraySlice<Int32> {
        candidateWorkers[Int(candidateStart[v])..<Int(candidateStart[v + 1])]
    }

    func visitsOfSlot(_ slot: Int) -> ArraySlice<Int32> {
        slotVisits[Int(slotVisitStart[slot])..<Int(slotVisitStart[slot + 1])]
    }
}

