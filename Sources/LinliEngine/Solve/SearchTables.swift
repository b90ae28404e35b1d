import LinliModel

/// The read-only arrays the search touches on every move, held by one reference.
///
/// Passing the ``Problem`` struct into route methods from a mutating context copied (retained) each of its
/// arrays per call — 40% of search time in a profile; one final class costs one reference instead.
final class SearchTables: Sendable {
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
    }

    @inline(__always)
    func candidates(of v: Int) -> ArraySlice<Int32> {
        candidateWorkers[Int(candidateStart[v])..<Int(candidateStart[v + 1])]
    }

    func visitsOfSlot(_ slot: Int) -> ArraySlice<Int32> {
        slotVisits[Int(slotVisitStart[slot])..<Int(slotVisitStart[slot + 1])]
    }
}
