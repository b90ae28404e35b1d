/// A small, fast, seedable random number generator, so every run repeats.
///
/// xoshiro256** (Blackman & Vigna, "Scrambled linear pseudorandom number generators", 2018),
/// seeded through SplitMix64 as its authors recommend.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    public init(seed: UInt64) {
        var sm = seed
        s0 = Self.splitMix64(&sm); s1 = Self.splitMix64(&sm); s2 = Self.splitMix64(&sm); s3 = Self.splitMix64(&sm)
    }

    /// The generator in a given xoshiro256** state (not all zero), as the reference implementation is tested.
    init(state: (UInt64, UInt64, UInt64, UInt64)) {
        (s0, s1, s2, s3) = state
    }

    /// The next output of SplitMix64 (Steele, Lea & Flood, "Fast splittable pseudorandom number generators",
    /// 2014) from `state`, which it advances.
    static func splitMix64(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = (s3 << 45) | (s3 >> 19)
        return result
    }

    /// A seed derived from `seed` and a label, for independent sub-streams (e.g. one per district part).
    public static func derive(_ seed: UInt64, _ label: UInt64) -> UInt64 {
        var g = SeededGenerator(seed: seed ^ (label &* 0x9E37_79B9_7F4A_7C15))
        return g.next()
    }
}
