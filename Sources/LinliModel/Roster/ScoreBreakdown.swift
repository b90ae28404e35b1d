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
    /// Replan runs: visits dated on or after the replan date kept with the same worker at the same start.
    public var stableVisits: Int

    public init(
        weightedMinutes: Int = 0, routeKm: Double = 0, continuityDemands: Int = 0, preferredVisits: Int = 0, stableVisits: Int = 0
    ) {
        self.weightedMinutes = weightedMinutes
        self.routeKm = routeKm
        self.continuityDemands = continuityDemands
        self.preferredVisits = preferredVisits
        self.stableVisits = stableVisits
    }

    public static let kmPenalty = 2.0
    public static let continuityBonus = 60
    public static let preferredBonus = 30
    /// Worth of keeping a visit's worker and start in a replan: every change is a phone call to a worker and a household.
    public static let stabilityBonus = 20

    public var score: Double {
        Double(weightedMinutes) - ScoreBreakdown.kmPenalty * routeKm
            + Double(ScoreBreakdown.continuityBonus * continuityDemands + ScoreBreakdown.preferredBonus * preferredVisits
                + ScoreBreakdown.stabilityBonus * stableVisits)
    }
}
