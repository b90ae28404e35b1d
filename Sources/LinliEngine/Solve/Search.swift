import LinliModel

/// Builds a roster for one problem: pinned visits first, a greedy construction, then ruin and recreate
/// under threshold acceptance, keeping the best solution seen.
///
/// The budget is counted in work units (routes examined), not seconds, so the same problem and seed give
/// the same roster on any machine; ``Solver/workUnits(seconds:)`` converts a time limit. The search may end
/// sooner, as repeatably, when its best roster reaches an upper bound or when it stops improving
/// (``improve(_:ceiling:reserving:)``). The wall-clock `deadline` is polled as well, once per demand of the
/// construction and once per step of the search: whichever comes first ends the search (``stoppedBy``).
struct Search {
    let problem: Problem
    var rng: SeededGenerator
    let budget: Int
    let parameters: SearchParameters
    let deadline: Deadline
    /// Whether some visit has a last worker to win back (continuity on and a previous week).
    let hasRelationships: Bool
    /// What ended the search; `.clock` also when the first roster was built in a hurry or the cooling was fitted
    /// to the clock, since the run then depends on the clock whatever ended its search.
    var stoppedBy: SearchStop { hurriedStart || cooledByClock ? .clock : ended }
    /// What ended the improvement search.
    var ended = SearchStop.budget
    /// The first roster was built in a hurry (``Deadline/constructionShare``).
    private var hurriedStart = false
    /// The search's cooling was fitted to the clock (``Cooling/fit(work:since:now:end:)``).
    var cooledByClock = false
    /// Work units the improvement search spent, both groups' of a search in groups (the polish of `--balance` not included).
    var workDone = 0

    init(problem: Problem, seed: UInt64, budget: Int, parameters: SearchParameters = .init(), deadline: Deadline = .never) {
        self.problem = problem
        self.rng = SeededGenerator(seed: seed)
        self.budget = budget
        self.parameters = parameters
        self.deadline = deadline
        hasRelationships = problem.options.continuity && problem.visits.contains { $0.previous >= 0 }
    }

    /// Polls the deadline, remembering once `share` of the time (all of it by default) is used.
    mutating func timeIsUp(at share: Double = 1) -> Bool {
        if ended == .clock { return true }
        if deadline.hasUsed(share) { ended = .clock }
        return ended == .clock
    }

    /// What a rebuild of the best roster and the roster's assembly cost after the search, in copies of the
    /// roster's routes, with a margin (measured on xl: a copy 10-14 ms, a rebuild 140 ms, the part's and the
    /// week's assembly 130 ms).
    static let finishPerCopy = 30.0

    /// Construction, then the improvement search (``improve(_:ceiling:reserving:)``) with no ceiling.
    /// - Complexity: O(construction + budget) work units.
    mutating func run(pinned: [(visit: Int, worker: Int)]) -> SolutionState {
        let state = construct(pinned: pinned)
        return improve(state, ceiling: .infinity)
    }

    /// The greedy roster the search starts from: frozen rows, pinned visits, kept and last week's workers,
    /// then every demand by ``constructionOrder()``.
    /// Once ``Deadline/constructionShare`` of the time is used, or earlier when the pace so far says the
    /// construction would end later (``StagePace``), each later demand is placed in a hurry; once
    /// ``Deadline/finishShare`` is used, none is placed: the visits left are unmet.
    /// - Complexity: O(visits × candidates × route length) work units; once hurried, about
    ///   ``InsertionFilter/hurried`` candidates per visit.
    mutating func construct(pinned: [(visit: Int, worker: Int)]) -> SolutionState {
        var state = SolutionState(problem: problem)
        var work = 0
        state.placeFrozen()
        state.placePinned(pinned)
        // Kept and last week's workers are placed as long as new visits may be (``Deadline/finishShare``).
        let deadline = self.deadline
        let late = { deadline.hasUsed(Deadline.finishShare) }
        state.placeKept(work: &work, until: late)
        state.placeLastWorkers(work: &work, until: late)
        var hurried = false
        // A first roster built in a hurry depends on the clock: the run may not repeat.
        defer { hurriedStart = hurriedStart || hurried }
        let order = constructionOrder()
        var pace = StagePace(deadline: deadline, share: Deadline.constructionShare, total: order.count, speedup: InsertionFilter.hurriedSpeedup)
        for d in order {
            if !hurried { hurried = pace.shouldHurry() }
            // The visits not placed by then stay unmet: the time limit is a promise, whatever the week's size.
            if hurried && deadline.hasUsed(Deadline.finishShare) { break }
            state.recreateDemand(d, work: &work, filter: hurried ? .hurried : .all, rng: &rng)
            pace.step()
        }
        deadline.reached(.construction)
        _ = state.takeDirtyRoutes()
        if parameters.checkInvariants { state.verifyInvariants() }
        return state
    }

    /// Ruin and recreate from `start`, keeping the best roster seen, until the first of: the budget is spent,
    /// the best roster's ``SolutionState/objective()`` reaches `ceiling` (an upper bound in the same units:
    /// nothing can score more, ``SearchStop/optimal``), the search goes
    /// ``SearchParameters/stallWork(visits:lastImprovement:)`` work units without a better roster
    /// (``SearchStop/stalled``), or the clock runs out. All but the last are counted in work, so the stop
    /// repeats exactly; ``workDone`` is what was spent. The cooling spans the budget
    /// (``SearchParameters/coolingPeriod(visits:budget:)``). `reserved` is the share of the time left at its end for what
    /// follows it beyond the rebuild (a part's Lagrangian bound): its steps end that much earlier.
    /// - Complexity: O(budget) work units, less when it stops early.
    mutating func improve(_ start: SolutionState, ceiling: Double, reserving reserved: Double = 0) -> SolutionState {
        var state = start
        // A search costs a copy of the roster and a rebuild of the best one at its end whatever it finds:
        // once little time is left it does not start (and the roster depends on the clock).
        if deadline.hasUsed(Deadline.finishShare) { ended = .clock }
        if !parameters.balance && timeIsUp() {
            // No step will run: the first roster is the best, with no copy and no rebuild of it.
            deadline.reached(.search)
            return state
        }
        let copyStart = deadline.used
        var best = state.routes.map { $0.copy() }
        // What follows the last step (a rebuild of the best roster, then the roster's assembly) costs about
        // ``finishPerCopy`` times this copy: the steps end that much, and what is ``reserved``, before the limit.
        let stepsEnd = 1 - Self.finishPerCopy * max(0, deadline.used - copyStart) - reserved
        var bestObjective = state.objective()
        var work = 0, lastImprovement = 0
        let total = max(1, budget)
        var cooling = Cooling(problem: problem, parameters: parameters, budget: total)
        let fitEvery = max(1, total / Cooling.fits)
        var nextFit = fitEvery
        let filter = InsertionFilter(blink: parameters.blink, granularity: parameters.granularity)
        if ended == .budget && bestObjective >= ceiling - SearchParameters.optimalityTolerance { ended = .optimal }
        while ended == .budget && !timeIsUp(at: stepsEnd) {
            if work >= total { break }
            if work >= nextFit {
                cooling.fit(work: work, since: copyStart, now: deadline.used, end: stepsEnd)
                nextFit = work + fitEvery
            }
            if work - lastImprovement >= parameters.stallWork(visits: problem.visits.count, lastImprovement: lastImprovement) {
                ended = .stalled
                break
            }
            if step(&state, work: &work, cooling: cooling, filter: filter, best: &best, bestObjective: &bestObjective) {
                lastImprovement = work
                if bestObjective >= ceiling - SearchParameters.optimalityTolerance { ended = .optimal }
            }
        }
        workDone = work
        // A cooling fitted to the clock makes the roster depend on it.
        if cooling.finish != nil { cooledByClock = true }
        // No step taken (the time left was all reserved): the roster is as it came, with no rebuild.
        let found = work == 0 ? state : Self.rebuild(problem: problem, routes: best)
        defer { deadline.reached(.search) }
        return parameters.balance ? polished(found) : found
    }

    /// The `--balance` polish (``balanced(_:budget:)``) of `found`, the roster the search found, for
    /// ``SearchParameters/balanceShare`` of the part's budget. A search that stopped early (stalled, optimal)
    /// leaves no work of its own to the polish; one the clock ended leaves it no step at all.
    mutating func polished(_ found: SolutionState) -> SolutionState {
        balanced(found, budget: Int(min(Double(Int.max / 2), Double(budget) * parameters.balanceShare)))
    }

    /// The threshold schedule of a search: from ``SearchParameters/threshold`` × the mean visit value down to
    /// zero, linearly over each period of work (``SearchParameters/coolingPeriod(visits:budget:)``: by default one
    /// period, the budget).
    struct Cooling: Sendable {
        /// A last stretch fitted to the clock (``fit(work:since:now:end:)``): from work `from` the threshold
        /// falls linearly from `threshold` to zero at `until`, and stays zero.
        struct Finish: Sendable, Equatable {
            var from: Int
            var threshold: Double
            var until: Int
        }

        let start: Double
        let period: Int
        /// The fitted finish, once the clock has asked for one.
        var finish: Finish?

        init(problem: Problem, parameters: SearchParameters, budget: Int) {
            let meanValue = problem.visits.isEmpty ? 0 : Double(problem.demandedWeightedMinutes) / Double(problem.visits.count)
            self.init(start: parameters.threshold * meanValue, period: parameters.coolingPeriod(visits: problem.visits.count, budget: budget))
        }

        init(start: Double, period: Int) {
            self.start = start
            self.period = max(1, period)
        }

        /// The threshold after `work` units: a line down to zero over each period (a sawtooth when the period is
        /// shorter than the budget); after a fitted ``finish`` begins, its line down to zero.
        func threshold(at work: Int) -> Double {
            if let finish, work >= finish.from {
                guard work < finish.until else { return 0 }
                return finish.threshold * (1 - Double(work - finish.from) / Double(finish.until - finish.from))
            }
            return start * (1 - Double(work % period) / Double(period))
        }
    }

    /// One step of ruin and recreate on `state` under the threshold `cooling` gives at `work`, kept or undone
    /// (``settle(_:accepted:after:best:bestObjective:)``).
    /// - Returns: whether `bestObjective` improved.
    mutating func step(
        _ state: inout SolutionState, work: inout Int, cooling: Cooling, filter: InsertionFilter,
        best: inout [Route], bestObjective: inout Double
    ) -> Bool {
        let threshold = cooling.threshold(at: work)
        state.beginTransaction()
        let before = state.objective()
        ruinAndRecreate(&state, work: &work, filter: filter)
        let after = state.objective()
        return settle(&state, accepted: after >= before - threshold, after: after, best: &best, bestObjective: &bestObjective)
    }

    /// Keeps the step just made on `state` when `accepted`, copying the routes it changed into `best` when its
    /// objective `after` beats `bestObjective`, or undoes it; with ``SearchParameters/checkInvariants`` recounts the state.
    /// - Returns: whether `bestObjective` improved.
    @discardableResult
    func settle(_ state: inout SolutionState, accepted: Bool, after: Double, best: inout [Route], bestObjective: inout Double) -> Bool {
        var improved = false
        if accepted {
            state.commit()
            if after > bestObjective + 1e-9 {
                bestObjective = after
                for r in state.takeDirtyRoutes() { best[r] = state.routes[r].copy() }
                improved = true
            }
        } else {
            state.rollback()
        }
        if parameters.checkInvariants { state.verifyInvariants() }
        return improved
    }

    /// One step of ruin and recreate on `state`, counting its work; given a `worker`, the ruin empties days of that worker.
    /// Otherwise, when some visit has a last worker, a share of the steps aims at one such visit served by someone else
    /// (``SolutionState/ruinForRelationship(tries:maxString:rng:)``) and recreates its demand first.
    mutating func ruinAndRecreate(_ state: inout SolutionState, work: inout Int, filter: InsertionFilter, worker: Int? = nil) {
        if worker == nil, hasRelationships, Double.random(in: 0..<1, using: &rng) < parameters.relationshipRuinShare {
            let demands = state.ruinForRelationship(tries: 8, maxString: parameters.maxString, rng: &rng)
            if !demands.isEmpty {
                work += 1 + demands.count
                for d in demands { state.recreateDemand(d, work: &work, filter: filter, rng: &rng) }
                state.clearFocus()
                return
            }
        }
        let demands: [Int]
        if let worker {
            demands = state.ruinWorkerDays(
                poolPerSlot: parameters.poolPerSlot,
                wholeDemands: Double.random(in: 0..<1, using: &rng) < parameters.wholeDemandShare, worker: worker, rng: &rng
            )
        } else if Double.random(in: 0..<1, using: &rng) < parameters.seedRuinShare {
            demands = state.ruinAroundSeed(
                maxRoutes: Int.random(in: 2...parameters.maxRoutes, using: &rng), maxString: parameters.maxString,
                poolPerSlot: parameters.poolPerSlot,
                wholeDemands: Double.random(in: 0..<1, using: &rng) < parameters.wholeDemandShare, rng: &rng
            )
        } else {
            demands = state.ruinWorkerDays(
                poolPerSlot: parameters.poolPerSlot,
                wholeDemands: Double.random(in: 0..<1, using: &rng) < parameters.wholeDemandShare, rng: &rng
            )
        }
        work += 1 + demands.count
        for d in recreateOrder(demands, state: state) {
            state.recreateDemand(d, work: &work, filter: filter, rng: &rng)
        }
        state.clearFocus()
    }

    /// Highest weight first, then the demands with the fewest candidate workers, then by index.
    func constructionOrder() -> [Int] {
        let keys: [(Int, Int, Int)] = problem.demands.indices.map { d in
            let v = Int(problem.demands[d].visits[0])
            let n = problem.candidateStart[v + 1] - problem.candidateStart[v]
            return (-Int(problem.visits[v].weight), Int(n), d)
        }
        return keys.sorted { $0 < $1 }.map(\.2)
    }

    /// A random choice among the sort orders of SISR: random, by weight, by value, by fewest candidates.
    mutating func recreateOrder(_ demands: [Int], state: SolutionState) -> [Int] {
        var out = demands
        out.shuffle(using: &rng)
        func first(_ d: Int) -> Problem.Visit { problem.visits[Int(problem.demands[d].visits[0])] }
        switch Int.random(in: 0..<4, using: &rng) {
        case 0: break
        case 1: out.sort { first($0).weight > first($1).weight }
        case 2: out.sort { first($0).value * Int32(problem.demands[$0].visits.count) > first($1).value * Int32(problem.demands[$1].visits.count) }
        default:
            func n(_ d: Int) -> Int32 {
                let v = Int(problem.demands[d].visits[0])
                return problem.candidateStart[v + 1] - problem.candidateStart[v]
            }
            out.sort { n($0) < n($1) }
        }
        return out
    }

    /// A fresh state whose routes are `routes`.
    static func rebuild(problem: Problem, routes: [Route]) -> SolutionState {
        rebuild(problem: problem, visitLists: routes.map(\.visits))
    }
}

/// Tuning of the ruin-and-recreate search; the defaults are what the benchmarks were measured with.
package struct SearchParameters: Sendable {
    /// Acceptance threshold at the start of each cooling period, as a share of the mean visit value; it falls
    /// linearly to zero over the period (threshold accepting, Dueck & Scheuer 1990; reheated when a period is
    /// shorter than the budget).
    package var threshold = 0.7
    /// Work units per cooling period, at most; `Int.max` (the default): one cooling over the part's whole budget.
    package var coolingPeriod = Int.max
    /// Work units per cooling period per visit of the part (0: every part cools over ``coolingPeriod``).
    package var coolingPeriodPerVisit = 0
    /// Work units without a better roster after which a part stops, at least, per visit of the part (0: never stop).
    package var stallWorkPerVisit = 20_000
    /// Work units without a better roster after which a part stops, at least, as a multiple of the work its
    /// search had taken to find the best roster so far.
    package var stallRatio = 10.0
    /// Share of ruins that start from a seed visit (the rest empty worker-days).
    package var seedRuinShare = 0.8
    package var maxRoutes = 6
    package var maxString = 4
    /// Unassigned demands sampled per touched (worker, day) slot.
    package var poolPerSlot = 4
    /// Probability of skipping a candidate during insertion (SISR blinks).
    package var blink = 0.01
    /// Expected non-focus candidates examined per insertion during the search (0 = all).
    package var granularity = 16
    /// Share of seed ruins that remove every visit of the demands they hit (so continuity blocks can move).
    package var wholeDemandShare = 0.1
    /// Share of steps whose ruin aims at a visit not served by its last worker (only when some visit has one).
    package var relationshipRuinShare = 0.4
    /// Whether the parts of a week too large for a Lagrangian bound are searched in two groups at once, one
    /// thread each (``Search/improveInGroups(_:budget:)``, ``searchesInGroups(_:bounded:hurried:)``).
    package var searchInGroups = true
    /// Visits of the smallest part searched in groups.
    package var smallestGroupedPart = 1_000
    /// Epochs of the search in groups per cooling period, at most: each splits the part along a new axis (48
    /// scored more than 6, 12 or 24 on the generated medium weeks of one part, and about as much as 96).
    package var epochsPerPeriod = 48
    /// Work units of an epoch per visit of the part, at least, so that splitting and rebuilding (linear in the
    /// visits) stays a small share of the epoch on large weeks.
    package var epochWorkPerVisit = 64
    /// Servable visits of the largest week whose parts' groups each search the part's whole budget; the
    /// groups of larger weeks search ``largeGroupBudgetShare`` of it.
    package var fullGroupBudgetVisits = 6_000
    /// Share of its part's budget each group of a larger week searches.
    package var largeGroupBudgetShare = 0.5
    /// After every step, recompute the state from its routes and stop on any difference (slow; for tests).
    package var checkInvariants = false
    /// `--balance`: after the search, a polish that lowers the workload-balance penalty (``Search/balanced(_:budget:)``).
    package var balance = false
    /// Work of the polish, as a share of the search budget, on top of whatever the search spent.
    package var balanceShare = 0.25
    /// λ of the balance penalty relative to a visit's value (``SolutionState/balanceWeight(strength:)``).
    package var balanceStrength = 4.0
    /// Share of its starting score the polish may give up at most.
    package var balanceScoreLoss = 0.01
    /// Acceptance threshold at the start of the polish, as a share of the mean visit value; it falls to zero.
    package var balanceThreshold = 0.3
    /// Share of the polish's ruins that empty days of the busiest of a few workers drawn at random.
    package var balanceTargetShare = 0.5
    /// Workers drawn for that choice (tournament selection).
    package var balanceTournament = 8

    /// How close to an upper bound a score must come to count as proven optimal (scores are shown in cents).
    static let optimalityTolerance = 0.005

    package init() {}

    /// Work units per cooling period of a part of `visits` visits whose search may spend `budget` (its share of
    /// the week's budget): ``coolingPeriod`` (or ``coolingPeriodPerVisit`` × visits, when set and shorter), but
    /// no more than the budget; by default, the budget.
    ///
    /// So every part cools down to accepting only improvements as its budget ends, however many parts the week
    /// has and whatever the time limit. One long cooling scored more than several short ones at every time
    /// limit tried: until session 22 a part cooled over at most 12 million units (the default 2 s) and a longer
    /// limit reheated every 12 million, so a longer run repeated a shorter one and went on; cooling over the
    /// whole budget instead scored, with no clock, medium seed 1 +0.9% at 4 s, +1.6% at 8 s and +1.8% at 16 s,
    /// medium seed 2 +0.04% and +0.9% at 4 and 16 s, small seed 2 +0.4% and large seed 1 +0.1% at 8 s, tiny
    /// seeds 1-2 the same and small seed 1 −0.001% at 8 s. Runs at the default limit or shorter are unchanged.
    func coolingPeriod(visits: Int, budget: Int) -> Int {
        var period = coolingPeriod
        if coolingPeriodPerVisit > 0 {
            let (scaled, overflow) = coolingPeriodPerVisit.multipliedReportingOverflow(by: max(1, visits))
            if !overflow { period = min(period, scaled) }
        }
        return max(1, min(period, budget))
    }

    /// The work units each group of the search in groups spends, for a part whose budget is `budget`, in a
    /// week of `weekVisits` servable visits: all of it up to ``fullGroupBudgetVisits`` visits, so that a
    /// medium week searches twice as much (+0.8-1.5% on generated medium weeks, in up to three times the
    /// search time, still well within the default limit); ``largeGroupBudgetShare`` of it above, so that a
    /// large week, whose single search already takes most of the default limit, takes about as long as
    /// before (generated large 1: +0.1%; 70% scored +0.4% but the clock stopped it every time).
    func groupBudget(_ budget: Int, weekVisits: Int) -> Int {
        guard weekVisits > fullGroupBudgetVisits else { return budget }
        let share = Double(budget) * largeGroupBudgetShare
        return share < Double(Int.max) ? Int(share) : Int.max
    }

    /// Work units of one epoch of the search in groups cooling over `period` on a part of `visits` visits.
    func epochLength(period: Int, visits: Int) -> Int {
        let (perVisit, overflow) = epochWorkPerVisit.multipliedReportingOverflow(by: visits)
        return max(1, period / max(1, epochsPerPeriod), overflow ? Int.max : perVisit)
    }

    /// Whether the search of `part` (one part's problem, ``Problem/restricted(to:)``) runs in groups
    /// (``Search/improveInGroups(_:budget:)``) rather than as one: a part of at least ``smallestGroupedPart``
    /// visits of a week without a Lagrangian bound (`bounded`), pins or not, `--balance` or not, unless the part
    /// holds a replan's kept or frozen rows or built its first roster in a hurry (`hurried`: the clock, not the
    /// budget, will end it, and what time is left goes to the single search rather than to splitting the
    /// part). Replans stay whole: on generated medium weeks 1, 3 and 4 with their three busiest workers off
    /// sick on Wednesday and Thursday, the groups found the same replans in up to twice the time (the kept
    /// rows' stability bonus holds the roster where it was).
    func searchesInGroups(_ part: Problem, bounded: Bool, hurried: Bool) -> Bool {
        searchInGroups && !bounded && part.visits.count >= smallestGroupedPart && !hurried && !part.holdsReplanRows
    }

    /// Work units without a better roster after which a part of `visits` visits, whose search found its best
    /// roster so far after `lastImprovement` work units, stops: the longer of ``stallWorkPerVisit`` × visits
    /// and ``stallRatio`` × `lastImprovement`.
    func stallWork(visits: Int, lastImprovement: Int) -> Int {
        guard stallWorkPerVisit > 0 else { return Int.max }
        let (scaled, overflow) = stallWorkPerVisit.multipliedReportingOverflow(by: max(1, visits))
        let relative = stallRatio * Double(max(0, lastImprovement))
        guard !overflow, relative < Double(Int.max) else { return Int.max }
        return max(scaled, Int(relative))
    }
}
