@testable import LinliEngine
import LinliModel
import LinliSynth
import LinliTestSupport
import Testing

/// `Problem.upperBound()`, the solver's bound computed without a search (what the benchmarks measure): never
/// below a roster's score, never above the flow bound, and the flow bound alone on a week too large for the
/// Lagrangian parts.
@Suite struct ProblemUpperBoundTests {
    @Test(arguments: [(Tier.tiny, UInt64(1)), (.tiny, 2), (.small, 1)])
    func theBoundAloneHoldsTheScoreAndIsNoLooserThanTheFlow(_ tier: Tier, _ seed: UInt64) throws {
        let run = try SolverRun(Fixtures.generated(tier, seed: seed), seed: seed, timeLimit: 0.05)
        let score = run.solution.parts.score
        let alone = run.problem.upperBound()
        let flow = run.problem.flowBound(deadline: .never)
        #expect(alone.value >= score - 0.01, "\(tier) seed \(seed): bound \(alone.value) below score \(score)")
        #expect(alone.value <= flow.value)
        if tier == .tiny { #expect(alone.method == .lagrangian, "\(tier) seed \(seed): the day routes beat the flow") }
    }

    @Test func aWeekTooLargeForTheLagrangianPartsGetsTheFlowBound() throws {
        let problem = try Problem(dataset: Fixtures.generated(.medium, seed: 1), week: Fixtures.week, options: RunOptions())
        let alone = problem.upperBound()
        #expect(problem.parts().reduce(0) { $0 + $1.visits.count } > LagrangianRosterBound.Effort.largestWeek)
        #expect(alone.method == .flow && alone.value == problem.flowBound(deadline: .never).value)
    }
}
