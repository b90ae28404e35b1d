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

    /// With time expired before compiling, the roster is still close to a calm one: the few candidates each
    /// visit keeps are spread over the workers within reach, and each visit takes the first candidates that
    /// fit. (Keeping the top-ranked few of the nearest point and trying a random few of them served 18% less on
    /// medium seed 1.)
    @Test(arguments: [(Tier.small, UInt64(1)), (.small, 2), (.medium, 1)])
    func anExpiredClockStillGivesAGoodRoster(_ tier: Tier, _ seed: UInt64) throws {
        let dataset = Fixtures.generated(tier, seed: seed)
        let hurried = try SolverRun(dataset, seed: seed, deadline: Deadline { true })
        let calm = try SolverRun(dataset, seed: seed)
        #expect(!hurried.problem.candidatesComplete && hurried.solution.stoppedBy == .clock)
        DeadlineTests.expectComplete(hurried, "\(tier) seed \(seed), clock expired")
        #expect(
            Double(Self.served(hurried)) >= 0.9 * Double(Self.served(calm)),
            "\(tier) seed \(seed): hurried \(Self.served(hurried)), calm \(Self.served(calm))")
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
