@testable import LinliEngine
import LinliModel
import LinliSynth
import LinliTestSupport
import Testing

/// The last pass after the search (`Search.repaired`): every unserved visit that fits with a gain is taken,
/// and the objective never falls.
@Suite struct RepairTests {
    /// From an empty roster the pass places what fits; afterwards no single-visit demand left unserved has an
    /// insertion with a gain anywhere, examining every candidate.
    @Test(arguments: [UInt64(1), 2, 3])
    func noUnservedVisitIsLeftThatFitsWithAGain(_ seed: UInt64) throws {
        let problem = try Problem(dataset: Fixtures.generated(.tiny, seed: seed), week: Fixtures.week, options: RunOptions(seed: seed))
        let search = Search(problem: problem, seed: seed, budget: 0)
        var work = 0
        let state = search.repaired(SolutionState(problem: problem), work: &work)
        #expect(state.invariantProblems() == [])
        #expect(state.workerOf.contains { $0 >= 0 } && work > 0, "seed \(seed): nothing placed")
        var rng = SeededGenerator(seed: seed)
        for d in problem.demands.indices where problem.demands[d].visits.count == 1 {
            let v = Int(problem.demands[d].visits[0])
            guard state.workerOf[v] < 0, problem.staticReason[v] == nil else { continue }
            var spent = 0
            let left = state.bestInsertion(of: v, work: &spent, filter: .all, rng: &rng)
            #expect(left == nil || left!.delta <= 1e-9, "seed \(seed): visit \(v) fits with gain \(left?.delta ?? 0)")
        }
    }

    /// After a short search the pass only adds: the objective never falls and the state stays sound.
    @Test(arguments: [UInt64(1), 2, 3, 4])
    func theRepairNeverLowersTheObjective(_ seed: UInt64) throws {
        let problem = try Problem(dataset: Fixtures.generated(.small, seed: seed), week: Fixtures.week, options: RunOptions(seed: seed))
        var search = Search(problem: problem, seed: seed, budget: 0)
        let built = search.construct(pinned: problem.pinnedVisits)
        let before = built.objective()
        var work = 0
        let state = search.repaired(built, work: &work)
        #expect(state.objective() >= before - 1e-9, "seed \(seed)")
        #expect(state.invariantProblems() == [], "seed \(seed)")
    }
}
