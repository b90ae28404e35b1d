import LinliModel
import LinliSynth
import LinliTestSupport
import Testing

@testable import LinliEngine

/// `--time-limit` trades time for score. With a cooling period set shorter than the budget, more time never gives
/// a lower score (a longer run repeats a shorter one and goes on); by default the search cools once over the whole
/// budget, which scored more on the generated weeks (``SearchParameters/coolingPeriod(visits:budget:)``).
@Suite struct TimeLimitTests {
    static let limits = [0.025, 0.05, 0.1, 0.4]
    /// A cooling period of the smallest limit's budget, so that every limit here is at least one period.
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

    /// By default a part cools once over its whole budget, however long: halfway through, the threshold is half
    /// the start, and it reaches zero only as the budget ends.
    @Test func theDefaultCoolingSpansTheWholeBudget() {
        let parameters = SearchParameters()
        for budget in [Solver.workUnits(seconds: 0.5), Solver.workUnits(seconds: 2), Solver.workUnits(seconds: 60)] {
            let cooling = Search.Cooling(start: 1, period: parameters.coolingPeriod(visits: 500, budget: budget))
            #expect(abs(cooling.threshold(at: budget / 2) - 0.5) < 1e-6, "budget \(budget)")
            #expect(cooling.threshold(at: budget - 1) > 0, "budget \(budget)")
        }
    }
}
