import LinliModel
import LinliSynth
import LinliTestSupport

/// Districts many tests read, generated once per test run (debug builds make large ones slow).
enum Generated {
    private static let cache: [Tier: [Dataset]] = [
        .medium: (1...3).map { Fixtures.generated(.medium, seed: $0) },
        .large: [Fixtures.generated(.large, seed: 1)],
    ]

    /// The district of `Fixtures.generated(tier, seed:)`, from the cache when it holds it.
    static func district(_ tier: Tier, seed: UInt64) -> Dataset {
        if let list = cache[tier], seed >= 1, seed <= list.count { return list[Int(seed) - 1] }
        return Fixtures.generated(tier, seed: seed)
    }
}
