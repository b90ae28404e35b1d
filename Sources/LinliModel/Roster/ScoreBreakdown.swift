/// The score of Docs/Rules.md and its parts.
public struct ScoreBreakdown: Hashable, Sendable {
    /// Σ weight(h) × minutes over assigned visits.
    public var weightedMinutes: Int
    /// Total route kilometres, unrounded.
    public var routeKm: Double
    /// Weekly demands whose visits this week are all assigned to one worker.
    public var continuityDemands: Int
    /// Assigned visits served by the demand's preferred worker.
    public var preferredVisits: Int

    public init(weightedMinutes: Int = 0, routeKm: Double = 0, continuityDemands: Int = 0, preferredVisits: Int = 0) {
        self.weightedMinutes = weightedMinutes
        self.routeKm = routeKm
        self.continuityDemands = continuityDemands
        self.preferredVisits = preferredVisits
    }

    public static let kmPenalty = 2.0
    public static let continuityBonus = 60
    public static let preferredBonus = 30

    public var score: Double {
        Double(weightedMinutes) - ScoreBreakdown.kmPenalty * routeKm
            + Double(ScoreBreakdown.continuityBonus * continuityDemands + ScoreBreakdown.preferredBonus * preferredVisits)
    }
}
