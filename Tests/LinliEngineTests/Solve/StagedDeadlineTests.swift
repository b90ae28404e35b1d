@testable import LinliEngine
import LinliModel
import LinliSynth
import LinliTestSupport
import Synchronization
import Testing

/// The time limit spent in stages: full compile and construction while time is left, a cheap but complete
/// roster once it is short. The clock is injected as a fixed share of the time used, never real time.
@Suite struct StagedDeadlineTests {
    /// A deadline that reports `share` of the time as used, always.
    static func used(_ share: Double) -> Deadline { Deadline(usedShare: { share }) }

    /// Weighted minutes the roster serves.
    static func served(_ run: SolverRun) -> Int { run.solution.parts.weightedMinutes }

    /// With time nearly out before compiling, the roster is still close to a calm one: the few candidates each
    /// visit keeps are spread over the workers within reach, and each visit takes the first candidates that
    /// fit. (Keeping the top-ranked few of the nearest point and trying a random few of them served 18% less on
    /// medium seed 1.)
    @Test(arguments: [(Tier.small, UInt64(1)), (.small, 2), (.medium, 1)])
    func aClockNearlyOutStillGivesAGoodRoster(_ tier: Tier, _ seed: UInt64) throws {
        let dataset = Fixtures.generated(tier, seed: seed)
        let hurried = try SolverRun(dataset, seed: seed, deadline: Self.used(Deadline.finishShare * 0.99))
        let calm = try SolverRun(dataset, seed: seed)
        #expect(!hurried.problem.candidatesComplete && hurried.solution.stoppedBy == .clock)
        DeadlineTests.expectComplete(hurried, "\(tier) seed \(seed), clock nearly out")
        #expect(
            Double(Self.served(hurried)) >= 0.9 * Double(Self.served(calm)),
            "\(tier) seed \(seed): hurried \(Self.served(hurried)), calm \(Self.served(calm))")
    }

    /// Once ``Deadline/finishShare`` is used partway through the first roster, it places no further visit: the
    /// demands placed before stay, the rest are unmet, and the state is consistent.
    @Test func theFirstRosterStopsAtTheFinishShare() throws {
        let dataset = Fixtures.generated(.small, seed: 3)
        let problem = try Problem(dataset: dataset, week: Fixtures.week, options: RunOptions(seed: 3))
        let half = problem.demands.count / 2
        // Hurried from the start; the finish share is reached after about half the demands (one poll each).
        let polls = Atomic(0)
        let deadline = Deadline(usedShare: {
            polls.add(1, ordering: .relaxed).newValue > half ? Deadline.finishShare : Deadline.constructionShare
        })
        var checked = SearchParameters()
        checked.checkInvariants = true
        var cut = Search(problem: problem, seed: 3, budget: 0, parameters: checked, deadline: deadline)
        let stopped = Solution(state: cut.construct(pinned: problem.pinnedVisits), upperBound: 0, workUnits: 0)
        var whole = Search(problem: problem, seed: 3, budget: 0, deadline: Self.used(Deadline.constructionShare))
        let hurried = Solution(state: whole.construct(pinned: problem.pinnedVisits), upperBound: 0, workUnits: 0)
        #expect(cut.stoppedBy == .clock)
        #expect(!stopped.assignments.isEmpty)
        #expect(stopped.assignments.count < hurried.assignments.count)
        let visits = { (s: Solution) in Set(s.assignments.map { VisitKey(demandID: $0.demandID, date: $0.date) }) }
        #expect(visits(stopped).isSubset(of: visits(hurried)))
    }

    /// Before a stage's share of the time is used, nothing hurries: the run equals one without a clock.
    @Test func nothingHurriesBeforeItsShare() throws {
        let dataset = Fixtures.generated(.small, seed: 2)
        let early = try SolverRun(dataset, seed: 2, deadline: Self.used(Deadline.compileShare / 2))
        let calm = try SolverRun(dataset, seed: 2)
        #expect(early.problem.candidatesComplete)
        #expect(early.solution.stoppedBy == .budget)
        #expect(early.solution.assignments == calm.solution.assignments)
    }

    /// Between the compile's share and the time limit, the compile and the construction hurry but the clock has
    /// not run out: the roster is complete and valid, and the summary says the clock shaped it.
    @Test func lateStagesHurryBeforeTheTimeIsUp() throws {
        let dataset = Fixtures.generated(.small, seed: 3)
        let late = try SolverRun(dataset, seed: 3, deadline: Self.used((Deadline.constructionShare + 1) / 2))
        #expect(!late.problem.candidatesComplete)
        #expect(late.solution.stoppedBy == .clock)
        DeadlineTests.expectComplete(late, "small seed 3, late")
    }

    /// Only the construction hurries: full candidate lists, a first-fit first roster.
    @Test func aHurriedConstructionAloneIsValid() throws {
        let dataset = Fixtures.generated(.small, seed: 4)
        let options = RunOptions(seed: 4, timeLimit: 0.002)
        let problem = try Problem(dataset: dataset, week: Fixtures.week, options: options)
        let solution = Solver(options: options).solve(problem, deadline: Self.used(Deadline.constructionShare))
        #expect(problem.candidatesComplete && solution.stoppedBy == .clock)
        let report = RosterChecker(dataset: dataset, week: Fixtures.week, includeIntermediary: false)
            .check(assignments: solution.assignments, unmet: solution.unmet, lastWeek: [], continuity: true)
        #expect(report.isValid, "\(report.violations.prefix(3))")
        #expect(solution.assignments.count + solution.unmet.count == problem.visitCount)
        #expect(solution.assignments.count > problem.visitCount / 2)
    }

    /// Once ``Deadline/finishShare`` of the time is used no search starts (its copy and rebuild of the roster
    /// would outlast the time left): a roster built in full before ``Deadline/constructionShare`` is returned
    /// as built, and the clock is said to have ended the run. A little earlier the search still runs.
    @Test func noSearchStartsLate() throws {
        let dataset = Fixtures.generated(.small, seed: 2)
        let options = RunOptions(seed: 2)
        let problem = try Problem(dataset: dataset, week: Fixtures.week, options: options)
        func searched(at share: Double) -> (search: Search, built: Double, kept: Double) {
            let used = Mutex(0.0)
            let deadline = Deadline(usedShare: { used.withLock { $0 } })
            var search = Search(problem: problem, seed: 2, budget: Solver.workUnits(seconds: 0.002), deadline: deadline)
            let built = search.construct(pinned: problem.pinnedVisits)
            used.withLock { $0 = share }
            let kept = search.improve(built, ceiling: .infinity)
            return (search, built.objective(), kept.objective())
        }
        let late = searched(at: Deadline.finishShare)
        #expect(late.search.workDone == 0 && late.search.stoppedBy == .clock)
        #expect(late.kept == late.built)
        let earlier = searched(at: (Deadline.constructionShare + Deadline.finishShare) / 2)
        #expect(earlier.search.workDone > 0)
        #expect(earlier.kept >= earlier.built)
    }

    /// A hurried construction gives a weekly demand the first worker found for all its visits without pricing
    /// each visit alone first: fewer routes examined, the continuity bonus earned.
    @Test func aHurriedWeeklyDemandTakesABlockFirst() throws {
        let dataset = Fixtures.generated(.small, seed: 1)
        let problem = try Problem(dataset: dataset, week: Fixtures.week, options: RunOptions(seed: 1))
        var priced = InsertionFilter.hurried
        priced.blockFirst = false
        var compared = 0
        for d in problem.demands.indices where problem.demands[d].weekly && problem.demands[d].visits.count > 1 {
            var first = SolutionState(problem: problem), both = SolutionState(problem: problem)
            var rngA = SeededGenerator(seed: UInt64(d)), rngB = SeededGenerator(seed: UInt64(d))
            var workFirst = 0, workBoth = 0
            first.recreateDemand(d, work: &workFirst, filter: .hurried, rng: &rngA)
            both.recreateDemand(d, work: &workBoth, filter: priced, rng: &rngB)
            guard first.hasContinuity(d) else { continue }
            #expect(workFirst < workBoth, "demand \(d)")
            compared += 1
            if compared == 20 { break }
        }
        #expect(compared == 20, "too few weekly demands with a block")
    }

    /// A clock that counts `step` of the time as used per poll, never more than `cap`: a stage whose polls
    /// come at a steady pace.
    static func steady(step: Double, cap: Double) -> Deadline {
        let polls = Atomic(0)
        return Deadline(usedShare: { min(cap, step * Double(polls.add(1, ordering: .relaxed).newValue)) })
    }

    /// A first roster whose pace says it would end after ``Deadline/constructionShare`` even if hurried from now
    /// on hurries before that share is used (here it never is), and says the clock shaped it; at a brisk pace it
    /// does not hurry.
    @Test func aConstructionThatWouldOverrunHurriesInTime() throws {
        let dataset = Fixtures.generated(.small, seed: 3)
        let problem = try Problem(dataset: dataset, week: Fixtures.week, options: RunOptions(seed: 3))
        let cap = Deadline.constructionShare * 0.99
        func construct(_ factor: Double) -> (search: Search, state: SolutionState) {
            let step = factor * Deadline.constructionShare / Double(problem.demands.count)
            var search = Search(problem: problem, seed: 3, budget: 0, deadline: Self.steady(step: step, cap: cap))
            let state = search.construct(pinned: problem.pinnedVisits)
            return (search, state)
        }
        let slow = construct(2), brisk = construct(0.3)
        #expect(slow.search.stoppedBy == .clock)
        #expect(brisk.search.stoppedBy == .budget)
        var calm = Search(problem: problem, seed: 3, budget: 0)
        #expect(brisk.state.objective() == calm.construct(pinned: problem.pinnedVisits).objective())
        #expect(slow.state.objective() != brisk.state.objective())
    }

    /// The engine reports the end of every phase, compile first.
    @Test func everyPhaseIsReported() throws {
        let dataset = Fixtures.generated(.small, seed: 1)
        let reached = Mutex<[SolvePhase]>([])
        let deadline = Deadline(usedShare: { 0 }, reached: { phase in reached.withLock { $0.append(phase) } })
        let options = RunOptions(seed: 1, timeLimit: 0.002)
        let problem = try Problem(dataset: dataset, week: Fixtures.week, options: options, deadline: deadline)
        _ = Solver(options: options).solve(problem, deadline: deadline)
        let phases = reached.withLock { $0 }
        #expect(phases.first == .compile)
        #expect(Set(phases) == Set(SolvePhase.allCases))
    }

    /// A first-fit scan starts where it is told, wraps round, and stops once enough candidates fit.
    @Test func aScanWrapsAndStopsWhenEnoughFit() {
        var all = CandidateScan(count: 4)
        var order: [Int] = []
        while let i = all.next() { order.append(i) }
        #expect(order == [0, 1, 2, 3])
        var scan = CandidateScan(count: 5, first: 3, enough: 2)
        order = []
        while let i = scan.next() {
            order.append(i)
            if i != 4 { scan.fits() }
        }
        #expect(order == [3, 4, 0])
        var capped = CandidateScan(count: 9, first: 0, enough: 5, limit: 2)
        order = []
        while let i = capped.next() {
            order.append(i)
            capped.examined()
        }
        #expect(order == [0, 1])
    }
}
