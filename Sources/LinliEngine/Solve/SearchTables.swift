import LinliModel

/// The read-only arrays the search touches on every move, held by one reference.
///
/// Passing the ``Problem`` struct into route methods from a mutating context copied (retained) each of its
/// arrays per call — 40% of search time in a profile; one final class costs one reference instead.
/// Immutable once made (`@unchecked` only for the buffers of ``demandVisits(_:)``, which it owns).
final class SearchTables: @unchecked Sendable {
    let visits: [Problem.Visit]
    let workers: [Problem.WorkerInfo]
    let demands: [Problem.DemandInfo]
    let staticReason: [UnmetReason?]
    let candidateStart: [Int32]
    let candidateWorkers: [Int32]
    let slotVisitStart: [Int32]
    let slotVisits: [Int32]
    /// The metres of the legs between the part's places (``LegMetres``).
    let legMetres: LegMetres
    /// Each demand's visits (CSR: demand d's are `demandVisitList[demandVisitStart[d]..<demandVisitStart[d + 1]]`)
    /// and whether it is weekly, in buffers this table owns: the hot paths read them with no reference
    /// counting, where copying a ``Problem/DemandInfo`` out of its array retained and released its list.
    private let demandVisitStart: UnsafeMutableBufferPointer<Int32>
    private let demandVisitList: UnsafeMutableBufferPointer<Int32>
    private let weekly: UnsafeMutableBufferPointer<Bool>

    /// With continuity off the visits forget their last worker: the search then neither scores nor favours it.
    init(_ problem: Problem) {
        visits = problem.options.continuity ? problem.visits : problem.visits.map { visit in
            var visit = visit
            visit.previous = -1
            return visit
        }
        workers = problem.workers
        demands = problem.demands
        staticReason = problem.staticReason
        candidateStart = problem.candidateStart
        candidateWorkers = problem.candidateWorkers
        slotVisitStart = problem.slotVisitStart
        slotVisits = problem.slotVisits
        legMetres = LegMetres(visits: problem.visits, workers: problem.workers)
        let demands = problem.demands
        demandVisitStart = .allocate(capacity: demands.count + 1)
        demandVisitList = .allocate(capacity: demands.reduce(0) { $0 + $1.visits.count })
        weekly = .allocate(capacity: demands.count)
        var k = 0
        for (d, info) in demands.enumerated() {
            demandVisitStart[d] = Int32(k)
            weekly[d] = info.weekly
            for v in info.visits {
                demandVisitList[k] = v
                k += 1
            }
        }
        demandVisitStart[demands.count] = Int32(k)
    }

    deinit {
        demandVisitStart.deallocate()
        demandVisitList.deallocate()
        weekly.deallocate()
    }

    /// The visits of demand `d`, in date order (as ``Problem/DemandInfo/visits``).
    @inline(__always)
    func demandVisits(_ d: Int) -> UnsafeMutableBufferPointer<Int32>.SubSequence {
        demandVisitList[Int(demandVisitStart[d])..<Int(demandVisitStart[d + 1])]
    }

    /// Whether demand `d` counts as weekly for continuity (``Problem/DemandInfo/weekly``).
    @inline(__always)
    func isWeekly(_ d: Int) -> Bool { weekly[d] }

    @inline(__always)
    func candidates(of v: Int) -> ArraySlice<Int32> {
        candidateWorkers[Int(candidateStart[v])..<Int(candidateStart[v + 1])]
    }

    func visitsOfSlot(_ slot: Int) -> ArraySlice<Int32> {
        slotVisits[Int(slotVisitStart[slot])..<Int(slotVisitStart[slot + 1])]
    }
}
