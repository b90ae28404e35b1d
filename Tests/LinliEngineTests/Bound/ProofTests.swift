@testable import LinliEngine
import LinliModel
import LinliSynth
import LinliTestSupport
import Testing

/// `--prove` (``Solver/proofSeconds``): a longer Lagrangian bound after the search on every part, also of weeks
/// too large for the usual one. It never loosens the bound, never goes below the score, and leaves the roster
/// as the run makes it without the proof.
@Suite struct ProofTests {
    /// Solves `tier` seed `seed` with `proof` seconds of proof, the usual Lagrangian bound on weeks of up to
    /// `largest` servable visits.
    static func solve(_ tier: Tier, seed: UInt64, proof: Double, largest: Int) throws -> (Problem, Solution) {
        let options = RunOptions(seed: seed, timeLimit: 0.02)
        let problem = try Problem(dataset: Fixtures.generated(tier, seed: seed), week: Fixtures.week, options: options)
        var solver = Solver(options: options, proofSeconds: proof)
        solver.largestBoundedWeek = largest
        return (problem, solver.solve(problem))
    }

    /// A week treated as too large for the usual bound reports the flow bound; with a proof it reports the
    /// Lagrangian one, below the flow and above the score, for the same roster.
    @Test(arguments: [UInt64(1), 2])
    func aProofBoundsAWeekTooLargeForTheUsualLagrangian(seed: UInt64) throws {
        let (problem, plain) = try Self.solve(.tiny, seed: seed, proof: 0, largest: 0)
        let (_, proven) = try Self.solve(.tiny, seed: seed, proof: 0.02, largest: 0)
        #expect(plain.boundMethod == .flow)
        #expect(plain.upperBound == problem.flowBound(deadline: .never).value)
        #expect(proven.boundMethod == .lagrangian, "seed \(seed): the day routes beat the flow")
        #expect(proven.upperBound < plain.upperBound)
        #expect(proven.upperBound >= proven.parts.score - 0.01, "seed \(seed): bound \(proven.upperBound) below the score")
        #expect(proven.assignments == plain.assignments && proven.unmet == plain.unmet, "seed \(seed): the proof changed the roster")
    }

    /// On a week that has the usual bound, the proof goes on from it: never looser, and the roster unchanged.
    @Test(arguments: [(Tier.tiny, UInt64(3)), (.small, 1)])
    func aProofNeverLoosensTheUsualBound(_ tier: Tier, _ seed: UInt64) throws {
        let largest = LagrangianRosterBound.Effort.largestWeek
        let (_, plain) = try Self.solve(tier, seed: seed, proof: 0, largest: largest)
        let (_, proven) = try Self.solve(tier, seed: seed, proof: 0.05, largest: largest)
        #expect(proven.upperBound <= plain.upperBound, "\(tier) seed \(seed): \(proven.upperBound) > \(plain.upperBound)")
        #expect(proven.upperBound >= proven.parts.score - 0.01)
        #expect(proven.assignments == plain.assignments && proven.unmet == plain.unmet)
    }

    /// The proof's effort grows with its seconds, from the usual share up, with steps in proportion.
    @Test func theProofsEffortFollowsItsSeconds() {
        typealias Effort = LagrangianRosterBound.Effort
        let share = Effort.share(visits: 4_000)
        #expect(Effort.proof(visits: 4_000, seconds: 0).work == share.work)
        #expect(Effort.proof(visits: 4_000, seconds: 0).iterations == share.iterations)
        let ten = Effort.proof(visits: 4_000, seconds: 10)
        #expect(ten.work == 10 * Effort.workPerSecond)
        #expect(ten.iterations > share.iterations && ten.iterations <= 10_000)
        // A proof aims its steps part of the way up from the score; the usual bound at the score.
        #expect(ten.aim > 0 && ten.aim < 1 && share.aim == 0)
        #expect(Effort.proof(visits: 4_000, seconds: 86_400).iterations == 10_000)
        #expect(Effort.proof(visits: 4_000, seconds: .infinity).work == Int.max)
    }
}
