/// The target counts and footprint of one tier.
struct TierProfile: Sendable {
    var points: Int
    var workers: Int
    var demands: Int
    var communities: Int
    /// Side of the square area the communities spread over, in metres.
    var sideMeters: Double

    /// Households ≈ 0.7 × demands.
    var households: Int { max(1, demands * 7 / 10) }
}

extension Tier {
    /// Counts of issue 2 (points, workers, demands); communities ≈ points; area grows so density stays similar.
    var profile: TierProfile {
        switch self {
        case .tiny: TierProfile(points: 1, workers: 12, demands: 80, communities: 2, sideMeters: 2_500)
        case .small: TierProfile(points: 3, workers: 40, demands: 300, communities: 4, sideMeters: 4_000)
        case .medium: TierProfile(points: 8, workers: 300, demands: 3_000, communities: 9, sideMeters: 7_000)
        case .large: TierProfile(points: 30, workers: 3_000, demands: 30_000, communities: 34, sideMeters: 14_000)
        case .xl: TierProfile(points: 120, workers: 12_000, demands: 120_000, communities: 135, sideMeters: 28_000)
        }
    }
}
