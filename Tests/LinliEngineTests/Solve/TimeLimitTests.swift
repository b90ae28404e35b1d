import LinliEngine
import LinliModel
import LinliSynth
import LinliTestSupport
import Testing

/// `--time-limit` trades time for score: with the same seed, more time never gives a lower score.
@Suite struct TimeLimitTests {
    static let limits = [0.025, 0.05, 0.1]

    /// Every (seed, limit) of small districts whose score falls below the score with the next smaller limit.
    static func drops(seeds: ClosedRange<UInt64>) throws -> [String] {
        var out: [String] = []
        for seed in seeds {
            let dataset = Fixtures.generated(.small, seed: seed)
            var previous = (limit: 0.0, score: -Double.infinity)
            for limit in limits {
                let score = try SolverRun(dataset, seed: seed, timeLimit: limit).solution.parts.score
                if score < previous.score - 0.01 {
                    out.append("tier small seed \(seed): \(score) at \(limit) s < \(previous.score) at \(previous.limit) s")
                }
                previous = (limit, score)
            }
        }
        return out
    }

    /// Known solver bug: the search's acceptance threshold falls with the share of the budget spent, so a
    /// longer run follows another trajectory instead of extending the shorter one, and may end lower
    /// (e.g. small seed 1: 59000.30 at 0.1 s, 58994.42 at 0.2 s). Remove `withKnownIssue` once fixed.
    @Test func moreTimeNeverLowersTheScore() throws {
        let drops = try Self.drops(seeds: 1...4)
        withKnownIssue("score not monotone in the time limit") {
            #expect(drops.isEmpty, "\(drops)")
        }
    }
}
