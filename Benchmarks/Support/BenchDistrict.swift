import Foundation
import LinliModel
import LinliSynth

/// The synthetic districts the benchmarks measure: one per tier, always drawn from seed 1.
public enum BenchDistrict {
    /// The week every benchmark rosters.
    public static let week = ISOWeek(year: 2026, week: 48)!

    /// Tiers tiny to large; xl only when the environment sets `LINLI_BENCH_XL=1`.
    public static var tiers: [Tier] {
        let xl = ProcessInfo.processInfo.environment["LINLI_BENCH_XL"] == "1"
        return Tier.allCases.filter { $0 != .xl || xl }
    }

    /// Tiers from medium up, for the I/O benchmarks where tiny and small say nothing.
    public static var largeTiers: [Tier] { tiers.filter { $0 >= .medium } }

    /// The district of `tier`, generated with `SeededGenerator(seed: 1)` so every run measures the same data;
    /// with `history`, the absences and the four weeks of service records `linli generate` writes by default
    /// (a large district's 142,636 records are most of what an import stores).
    /// - Complexity: O(size of the district).
    public static func dataset(_ tier: Tier, history: Bool = false) -> Dataset {
        var rng = SeededGenerator(seed: 1)
        return DistrictGenerator(options: .init(tier: tier, week: week, history: history)).generate(using: &rng)
    }
}
