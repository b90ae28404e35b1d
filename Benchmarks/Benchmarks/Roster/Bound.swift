import Benchmark
import LinliBenchSupport
import LinliEngine
import LinliModel

/// The upper bound computed on its own (`Problem.upperBound()`), tiny to medium: the flow bound, and on weeks
/// small enough for it each part's Lagrangian bound, with no roster's score to stop at. The week's `Problem` is
/// compiled in setup, outside the measured block.
enum BoundBench {
    static func register() {
        for tier in BenchDistrict.tiers where tier <= .medium {
            Benchmark(
                "Bound-\(tier)", configuration: .linli(tier),
                closure: { (benchmark: Benchmark, problem: Problem) in
                    for _ in benchmark.scaledIterations {
                        blackHole(problem.upperBound())
                    }
                },
                setup: { try Problem(dataset: BenchDistrict.dataset(tier), week: BenchDistrict.week, options: RunOptions()) }
            )
        }
    }
}
