import LinliEngine
import LinliModel
import LinliSynth
import LinliTestSupport
import Synchronization
import Testing

/// The wall-clock deadline: whichever of budget and clock runs out first ends the search, the solution says
/// which, and a roster cut short by the clock is still complete, valid and honestly bounded. The clock is
/// injected: these deadlines expire after a number of checks, not after real time.
@Suite struct DeadlineTests {
    /// A deadline that expires on its `checks`-th poll and stays expired.
    static func expiring(after checks: Int) -> Deadline {
        let polls = Atomic(0)
        return Deadline { polls.add(1, ordering: .relaxed).newValue >= checks }
    }

    static func expectComplete(_ run: SolverRun, _ at: String) {
        let report = run.check()
        #expect(report.isValid, "\(at): \(report.violations.prefix(3)) \(report.reasonProblems.prefix(3))")
        #expect(abs(report.recomputed.score - run.solution.parts.score) <= 0.01, "\(at)")
        #expect(run.solution.assignments.count + run.solution.unmet.count == run.problem.visitCount, "\(at)")
        #expect(run.solution.upperBound >= run.solution.parts.score - 0.01, "\(at)")
        #expect(run.reasonDisagreements() == [], "\(at)")
    }

    /// A budget of days' worth of work units ends anyway once the clock expires.
    @Test(arguments: [1, 50, 500])
    func clockEndsAHugeBudget(_ checks: Int) throws {
        let dataset = Fixtures.generated(.tiny, seed: 2)
        let run = try SolverRun(dataset, seed: 2, timeLimit: 1e6, deadline: Self.expiring(after: checks), checkInvariants: true)
        #expect(run.solution.stoppedBy == .clock)
        Self.expectComplete(run, "expiring after \(checks) checks")
    }

    /// Expired before compiling: candidate lists are cut short and no visit is placed (the time limit is a
    /// promise, whatever the week's size), yet every reason is exact, the roster valid and the bound the
    /// servable total, never below the bound of the full problem.
    @Test(arguments: 1...4 as ClosedRange<UInt64>)
    func expiredClockStillGivesAValidRosterAndAServableBound(_ seed: UInt64) throws {
        let dataset = Fixtures.generated(.small, seed: seed)
        let hurried = try SolverRun(dataset, seed: seed, deadline: Deadline { true })
        #expect(hurried.solution.stoppedBy == .clock)
        #expect(hurried.solution.boundMethod == .servable)
        #expect(hurried.solution.assignments.isEmpty, "the first roster places nothing once the time is up")
        #expect(hurried.solution.placementCut)
        Self.expectComplete(hurried, "small seed \(seed), clock expired")

        let calm = try SolverRun(dataset, seed: seed)
        #expect(calm.solution.stoppedBy == .budget)
        #expect(!calm.solution.placementCut)
        #expect(calm.solution.boundMethod != .servable)
        #expect(hurried.solution.upperBound >= calm.solution.upperBound - 0.01, "the servable bound is never tighter than the bound of a finished run")
    }

    /// Last week's workers are not given back once the time is up either: with a previous week, an expired
    /// clock still places no visit, and a calm run gives some back.
    @Test func anExpiredClockGivesNoLastWorkerBack() throws {
        let dataset = Fixtures.generated(.small, seed: 2)
        let first = try SolverRun(dataset, seed: 2)
        let previous = Dictionary(first.solution.assignments.map { ($0.demandID, $0.workerID) }, uniquingKeysWith: { a, _ in a })
        let expired = try SolverRun(dataset, seed: 2, previous: previous, deadline: Deadline { true })
        #expect(expired.solution.assignments.count == 0)
        Self.expectComplete(expired, "small seed 2 with a previous week, clock expired")
        let calm = try SolverRun(dataset, seed: 2, previous: previous)
        #expect(calm.solution.parts.relationshipVisits > 0)
    }

    /// The budget alone ends a run whose clock never expires, and such a run repeats exactly.
    @Test func budgetEndsARunWhoseClockHasTimeLeft() throws {
        let dataset = Fixtures.generated(.tiny, seed: 3)
        let a = try SolverRun(dataset, seed: 3, timeLimit: 0.01, deadline: Deadline { false })
        let b = try SolverRun(dataset, seed: 3, timeLimit: 0.01)
        #expect(a.solution.stoppedBy == .budget)
        #expect(a.solution.assignments == b.solution.assignments)
        #expect(a.solution.upperBound == b.solution.upperBound)
    }

    @Test func workUnitsSaturate() {
        #expect(Solver.workUnits(seconds: 1e15) == Int.max)
        #expect(Solver.workUnits(seconds: .infinity) == Int.max)
        #expect(Solver.workUnits(seconds: .nan) == 0)
        #expect(Solver.workUnits(seconds: -1) == 0)
        #expect(Solver.workUnits(seconds: 2) == Int(2 * Solver.workUnitsPerSecond))
    }

    /// A time limit so large its budget saturates still solves (the clock ends it) without trapping.
    @Test func hugeTimeLimitDoesNotTrap() throws {
        let run = try SolverRun(Fixtures.generated(.tiny, seed: 1), seed: 1, timeLimit: 1e15, deadline: Self.expiring(after: 20))
        #expect(run.solution.stoppedBy == .clock)
        #expect(run.solution.workUnits > Int.max / 2)
    }
}
