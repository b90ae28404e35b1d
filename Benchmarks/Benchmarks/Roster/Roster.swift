import Benchmark
import LinliBenchSupport
import LinliEngine
import LinliModel

/// Candidate generation (compiling the week's `Problem`: rules 1-9 once per demand-worker pair) and the
/// default solve, per tier, a replan after one worker's absence (``ReplanBench``), the upper bound alone
/// (``BoundBench``) and the solve with `--balance` (``BalanceBench``). The district is generated in setup,
/// outside the measured block.
let benchmarks: @Sendable () -> Void = {
    let week = BenchDistrict.week
    for tier in BenchDistrict.tiers {
        Benchmark(
            "Candidates-\(tier)", configuration: .linli(tier),
            closure: { (benchmark: Benchmark, dataset: Dataset) throws in
                for _ in benchmark.scaledIterations {
                    blackHole(try Problem(dataset: dataset, week: week, options: RunOptions()))
                }
            },
            setup: { BenchDistrict.dataset(tier) }
        )
        Benchmark(
            "Solve-\(tier)", configuration: .linli(tier),
            closure: { (benchmark: Benchmark, problem: Problem) in
                for _ in benchmark.scaledIterations {
                    blackHole(Solver(options: RunOptions()).solve(problem))
                }
            },
            setup: { try Problem(dataset: BenchDistrict.dataset(tier), week: week, options: RunOptions()) }
        )
    }
    ReplanBench.register()
    BoundBench.register()
    BalanceBench.register()
}
