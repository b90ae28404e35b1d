import Benchmark
import LinliBenchSupport
import LinliEngine
import LinliModel

/// The solve with `--balance` (the work spread evenly over the workers within 1% of the score) on the medium
/// district, to set beside `Solve-medium`. The week's `Problem` is compiled in setup, outside the measured block.
enum BalanceBench {
    static let options = RunOptions(balance: true)

    static func register() {
        Benchmark(
            "Balance-medium", configuration: .linli(.medium),
            closure: { (benchmark: Benchmark, problem: Problem) in
                for _ in benchmark.scaledIterations {
                    blackHole(Solver(options: options).solve(problem))
                }
            },
            setup: { try Problem(dataset: BenchDistrict.dataset(.medium), week: BenchDistrict.week, options: options) }
        )
    }
}
