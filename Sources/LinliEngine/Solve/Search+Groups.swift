import Dispatch
import Foundation
import LinliModel
import Synchronization

extension Search {
    /// What one group's search of an epoch hands back: its roster where the epoch ended and the best it saw,
    /// as visit lists by route of the group, with the best one's objective.
    struct GroupOutcome: Sendable {
        var current: [[Int32]]
        var best: [[Int32]]
        var bestObjective: Double
        var stoppedByClock: Bool
        /// The share of the time used when the group's search could take its first step.
        var firstStep: Double
        /// Work units its steps spent.
        var work: Int
    }

    /// Ruin and recreate as ``improve(_:ceiling:reserving:)`` does, but on two groups of the part at once, one
    /// thread each, each spending `budget` work units (``SearchParameters/groupBudget(_:weekVisits:)``).
    ///
    /// The work is cut into epochs (``epochsPerPeriod`` per cooling period). Each epoch splits the roster
    /// into two groups (``Bisection``) along a new axis; each group is searched apart from the roster the last
    /// epoch ended with, under the same threshold schedule the single search follows (``Cooling``), with a
    /// seed drawn from this search's generator, for the epoch's work. The groups' scores add up to the
    /// roster's, so the epoch's best roster is the two groups' best ones side by side; the best over all
    /// epochs is kept. Every count is in work, so the run repeats exactly for a seed and a budget, whatever
    /// the machine and its cores, unless the clock ends it as it ends the single search (or its cooling is fitted
    /// to the clock between epochs, ``Cooling/fit(work:since:now:end:)``). It stops as the single
    /// search does on a stall (judged at the end of each epoch) and never on a ceiling: it runs on weeks
    /// too large for a Lagrangian bound. With `--balance` the polish follows, on the whole part
    /// (``polished(_:)``), as it follows the single search.
    /// - Complexity: O(budget) work units per group, plus O(visits + candidate pairs) per epoch to split and
    ///   rebuild.
    mutating func improveInGroups(_ start: SolutionState, budget: Int) -> SolutionState {
        if deadline.hasUsed(Deadline.finishShare) { ended = .clock }
        if timeIsUp() {
            deadline.reached(.search)
            return start
        }
        // What follows the last epoch (a rebuild of the best roster, then the roster's assembly) is reserved as
        // the single search reserves it, judged by the time of the same copy of the routes.
        let copyStart = deadline.used
        withExtendedLifetime(start.routes.map { $0.copy() }) {}
        let stepsEnd = 1 - Self.finishPerCopy * max(0, deadline.used - copyStart)
        var current = start.routes.map(\.visits)
        var best = current
        // The largest share of the time an epoch took so far to split the part and rebuild its groups (before
        // the first, about 15 copies: a rebuild costs 10-14, ``finishPerCopy``): a new epoch starts only if
        // that much is left before the steps' end.
        var setup = 15 * max(0, deadline.used - copyStart)
        var bestObjective = start.objective()
        let total = max(1, budget)
        var cooling = Cooling(problem: problem, parameters: parameters, budget: total)
        let epochLength = parameters.epochLength(period: cooling.period, visits: problem.visits.count)
        var work = 0, lastImprovement = 0, epoch = 0, groupWork = 0
        while ended == .budget && work < total {
            // Between epochs, the cooling may be fitted to the clock as the single search's is.
            cooling.fit(work: work, since: copyStart, now: deadline.used, end: stepsEnd)
            if work - lastImprovement >= parameters.stallWork(visits: problem.visits.count, lastImprovement: lastImprovement) {
                ended = .stalled
                break
            }
            if timeIsUp(at: stepsEnd - setup) { break }
            let epochStart = deadline.used
            let end = work + min(epochLength, total - work)
            let bisection = Bisection(problem: problem, routes: current, epoch: epoch)
            let seeds = bisection.groups.map { _ in rng.next() }
            let outcomes = Mutex<[Int: GroupOutcome]>([:])
            let (problem, parameters, deadline, from, cooling) = (self.problem, self.parameters, self.deadline, work, cooling)
            let routes = current
            Self.inParallel(bisection.groups.count) { g in
                let group = bisection.groups[g]
                guard !group.visits.isEmpty else { return }
                var search = Search(problem: problem.restricted(to: group), seed: seeds[g], budget: end - from, parameters: parameters, deadline: deadline)
                let outcome = search.searchGroup(group, localIndex: bisection.localIndex, of: routes, from: from, to: end, cooling: cooling, stepsEnd: stepsEnd)
                outcomes.withLock { $0[g] = outcome }
            }
            let found = outcomes.withLock { $0 }
            var epochBest = current
            var epochObjective = 0.0
            for (g, group) in bisection.groups.enumerated() {
                guard let outcome = found[g] else { continue }
                for (j, w) in group.workers.enumerated() {
                    for day in 0..<7 {
                        current[w * 7 + day] = outcome.current[j * 7 + day].map { Int32(group.visits[Int($0)]) }
                        epochBest[w * 7 + day] = outcome.best[j * 7 + day].map { Int32(group.visits[Int($0)]) }
                    }
                }
                epochObjective += outcome.bestObjective
                setup = max(setup, outcome.firstStep - epochStart)
                groupWork = Solver.adding(groupWork, outcome.work)
                if outcome.stoppedByClock { ended = .clock }
            }
            work = end
            epoch += 1
            if epochObjective > bestObjective + 1e-6 {
                bestObjective = epochObjective
                best = epochBest
                lastImprovement = work
            }
        }
        workDone = groupWork
        if cooling.finish != nil { cooledByClock = true }
        defer { deadline.reached(.search) }
        // No epoch ran (the clock ended the search first): the roster is as it came, with no rebuild.
        let found = epoch == 0 ? start : Self.rebuild(problem: problem, visitLists: best)
        return parameters.balance ? polished(found) : found
    }

    /// This search (on `group`'s problem) from the roster `routes` of the whole part, over work units
    /// `from..<to` of the whole search's `cooling`; `localIndex` gives each visit of the part its index in its group.
    mutating func searchGroup(
        _ group: (visits: [Int], workers: [Int]), localIndex: [Int32], of routes: [[Int32]], from: Int, to: Int, cooling: Cooling, stepsEnd: Double
    ) -> GroupOutcome {
        var lists: [[Int32]] = []
        lists.reserveCapacity(group.workers.count * 7)
        for w in group.workers {
            for day in 0..<7 { lists.append(routes[w * 7 + day].map { localIndex[Int($0)] }) }
        }
        var state = Self.rebuild(problem: problem, visitLists: lists)
        // The rebuild marked every route changed; the best copy below already holds them all.
        _ = state.takeDirtyRoutes()
        var best = state.routes.map { $0.copy() }
        var bestObjective = state.objective()
        let firstStep = deadline.used
        var work = from
        let filter = InsertionFilter(blink: parameters.blink, granularity: parameters.granularity)
        while work < to && !timeIsUp(at: stepsEnd) {
            _ = step(&state, work: &work, cooling: cooling, filter: filter, best: &best, bestObjective: &bestObjective)
        }
        return GroupOutcome(
            current: state.routes.map(\.visits), best: best.map(\.visits), bestObjective: bestObjective,
            stoppedByClock: stoppedBy == .clock, firstStep: firstStep, work: work - from)
    }

    /// Runs `body` for `0..<count`, each but the first on a thread of its own, and returns when all have.
    ///
    /// Not `DispatchQueue.concurrentPerform`: called from inside one (the solver runs a week's parts and its
    /// bound so), libdispatch runs a nested apply on the calling thread alone, one index after the other.
    static func inParallel(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        let done = DispatchSemaphore(value: 0)
        for i in 1..<max(1, count) {
            let thread = Thread {
                body(i)
                done.signal()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        if count > 0 { body(0) }
        for _ in 1..<max(1, count) { done.wait() }
    }

    /// A fresh state whose routes (`worker × 7 + day`) hold `visitLists`, in order.
    static func rebuild(problem: Problem, visitLists: [[Int32]]) -> SolutionState {
        var state = SolutionState(problem: problem)
        for (r, visits) in visitLists.enumerated() {
            for (p, v) in visits.enumerated() { state.insert(Int(v), worker: r / 7, position: p) }
        }
        return state
    }
}
