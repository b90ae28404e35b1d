@testable import LinliEngine
import LinliModel
import LinliSynth
import LinliTestSupport
import Testing

/// The Lagrangian bound: never below a roster's score (a sweep over generated districts and parts), and
/// exact where the windows decide.
@Suite struct LagrangianRosterBoundTests {
    /// Two 120-minute slot visits at the same time and place, one worker: only one can be served, which the
    /// flow bound (minutes only) cannot see and the day routes can.
    @Test func clashingSlotsBoundEqualsTheOptimum() {
        let run = SolverRun(DistrictBuilder().addingHousehold("H2", east: 500).addingDemand("D2", household: "H2"))
        let score = run.solution.parts.score
        #expect(run.solution.assignments.count == 1)
        // 120 minutes, 3 km there and back (−6), the served demand's continuity (+60).
        #expect(abs(score - 174) < 0.01)
        #expect(abs(run.solution.upperBound - score) < 0.01)
        #expect(run.solution.boundMethod == .lagrangian)
        #expect(UpperBound.compute(run.problem).value > score + 100)
    }

    /// The preferred-worker bonus of a pair is in the bound, and the bound still meets the optimum.
    @Test func preferredWorkerBonusIsBoundedExactly() {
        let run = SolverRun(DistrictBuilder().demand { $0.preferredWorkerID = "W1" })
        #expect(run.solution.parts.preferredVisits == 1)
        #expect(abs(run.solution.upperBound - run.solution.parts.score) < 0.01)
    }

    /// No worker-day, or a week cap that holds no visit: the bound is the constant part alone.
    @Test func partWithoutWorkerDaysBoundsByItsConstant() {
        let problem = SolverRun(DistrictBuilder().with { $0.shiftDays.removeAll() }).problem
        #expect(LagrangianRosterBound(problem).bound(target: nil) == 0)
    }

    @Test(arguments: [(Tier.tiny, UInt64(1)), (.tiny, 2), (.tiny, 3), (.tiny, 4), (.tiny, 5), (.small, 1), (.small, 2), (.small, 3)])
    func boundIsNeverBelowTheScore(_ tier: Tier, _ seed: UInt64) throws {
        let run = try SolverRun(Fixtures.generated(tier, seed: seed), seed: seed, timeLimit: 0.05)
        let score = run.solution.parts.score
        #expect(run.solution.upperBound >= score - 0.01, "tier \(tier) seed \(seed): bound \(run.solution.upperBound) below score \(score)")
        // Without the solver's score to aim at, the relaxation of the whole week still bounds it.
        let free = try #require(LagrangianRosterBound(run.problem).bound(target: nil, effort: .init(iterations: 30, work: 2_000_000)))
        #expect(free >= score - 0.01, "tier \(tier) seed \(seed): untargeted bound \(free) below score \(score)")
    }

    /// Parts of a generated medium district, each solved on its own as the solver does.
    @Test(arguments: [UInt64(1), 2])
    func boundIsNeverBelowTheScoreOnMediumParts(_ seed: UInt64) throws {
        let problem = try Problem(dataset: Fixtures.generated(.medium, seed: seed), week: Fixtures.week, options: RunOptions(seed: seed))
        let parts = problem.parts().sorted { ($0.visits.count, $0.workers[0]) > ($1.visits.count, $1.workers[0]) }
        for part in parts.prefix(3) {
            let sub = problem.restricted(to: part)
            let solution = Solver(options: RunOptions(seed: seed, timeLimit: 0.02)).solve(sub)
            let score = solution.parts.score
            #expect(solution.upperBound >= score - 0.01, "medium seed \(seed) part of worker \(part.workers[0]): bound \(solution.upperBound) below score \(score)")
            let free = try #require(LagrangianRosterBound(sub).bound(target: nil, effort: .init(iterations: 20, work: 2_000_000)))
            #expect(free >= score - 0.01, "medium seed \(seed) part of worker \(part.workers[0]): untargeted bound \(free) below score \(score)")
        }
    }

    /// A replan from Wednesday: frozen rows count as they are, kept rows earn the stability bonus, and the
    /// bound still lies above the score.
    @Test(arguments: [UInt64(8), 2])
    func replanBoundIsNeverBelowTheScore(_ seed: UInt64) throws {
        let dataset = Fixtures.generated(.small, seed: seed)
        let roster = try ReplanEngineTests.first(dataset)
        let basis = ReplanBasis(from: ReplanEngineTests.wednesday, replaced: roster, replacedRunID: 1)
        let solution = try ReplanEngineTests.replan(dataset, basis: basis)
        #expect(solution.parts.stableVisits > 0)
        #expect(solution.upperBound >= solution.parts.score - 0.01, "small seed \(seed) replan: bound \(solution.upperBound) below score \(solution.parts.score)")
    }
}
