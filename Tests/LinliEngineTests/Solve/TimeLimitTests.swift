import LinliEngine
import LinliModel
import LinliSynth
import LinliTestSupport
import Testing

/// `--time-limit` trades time for score: with the same seed, from the budget of one cooling period up (the
/// default time limit), more time never gives a lower score.
@Suite struct TimeLimitTests {
    static let limits = [0.025, 0.05, 0.1, 0.4]
    /// A cooling period of the smallest limit's budget, so that every limit here is at least one period, as the
    /// default limit is with the search's own period (which would make these runs take seconds each).
    static let period = Solver.workUnits(seconds: limits[0])

    /// Every (seed, limit) of small districts whose score falls below the score with the next smaller limit.
    static func drops(seeds: ClosedRange<UInt64>) throws -> [String] {
        var out: [String] = []
        for seed in seeds {
            let dataset = Fixtures.generated(.small, seed: seed)
            var previous = (limit: 0.0, score: -Double.infinity)
            for limit in limits {
                let score = try SolverRun(dataset, seed: seed, timeLimit: limit, coolingPeriod: period).solution.parts.score
                if score < previous.score - 0.01 {
                    out.append("tier small seed \(seed): \(score) at \(limit) s < \(previous.score) at \(previous.limit) s")
                }
                previous = (limit, score)
            }
        }
        return out
    }

    /// From a budget of one period up, the cooling schedule repeats over a fixed amount of work, independent of
    /// the budget, so a longer run extends a shorter one's trajectory and keeps its best roster.
    @Test func moreTimeNeverLowersTheScore() throws {
        let drops = try Self.drops(seeds: 1...4)
        #expect(drops.isEmpty, "\(drops)")
    }
}
