import Benchmark
import LinliSynth

extension Benchmark.Configuration {
    /// The metrics every Linli benchmark records.
    public static var linliMetrics: [BenchmarkMetric] { [
        .wallClock, .cpuTotal, .peakMemoryResident, .instructions, .mallocCountTotal,
    ] }

    /// Regression tolerances for the deterministic metrics only: 5% more instructions or mallocs fails
    /// `benchmark thresholds check` (it compares p90) and `benchmark baseline check` (p50 and p90).
    /// Time and memory vary with the machine's load, so they are reported but not checked.
    public static var linliThresholds: [BenchmarkMetric: BenchmarkThresholds] { [
        .instructions: .init(relative: [.p50: 5, .p90: 5]),
        .mallocCountTotal: .init(relative: [.p50: 5, .p90: 5]),
    ] }

    /// Iterations sized to the tier: many for tiny, a few for large, one for xl.
    public static func linli(_ tier: Tier) -> Self {
        let (warmups, iterations, seconds): (Int, Int, Int) = switch tier {
        case .tiny: (1, 200, 2)
        case .small: (1, 50, 3)
        case .medium: (1, 5, 20)
        case .large: (0, 3, 60)
        case .xl: (0, 1, 300)
        }
        return .init(
            metrics: linliMetrics, timeUnits: tier >= .medium ? .milliseconds : .automatic, warmupIterations: warmups,
            maxDuration: .seconds(seconds), maxIterations: iterations, thresholds: linliThresholds
        )
    }
}
