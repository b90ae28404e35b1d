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
    /// Roster rows of weekly demands served by their last worker (the worker of the demand's latest-dated
    /// row in last week's published roster), frozen rows included; counted whether or not it is scored.
    public var relationshipVisits: Int
    /// Whether ``relationshipVisits`` earns ``relationshipBonus`` each: the run was made with continuity on (the default).
    public var scoresRelationships: Bool

    public init(
        weightedMinutes: Int = 0, routeKm: Double = 0, continuityDemands: Int = 0, preferredVisits: Int = 0, stableVisits: Int = 0,
        relationshipVisits: Int = 0, scoresRelationships: Bool = true
    ) {
        self.weightedMinutes = weightedMinutes
        self.routeKm = routeKm
        self.continuityDemands = continuityDemands
        self.preferredVisits = preferredVisits
        self.stableVisits = stableVisits
        self.relationshipVisits = relationshipVisits
        self.scoresRelationships = scoresRelationships
    }

    public static let kmPenalty = 2.0
    public static let continuityBonus = 60
    public static let preferredBonus = 30
    /// Worth of keeping a visit's worker and start in a replan: every change is a phone call to a worker and a household.
    public static let stabilityBonus = 20
    /// Worth of a visit served by last week's worker of its weekly demand (相对稳定的服务关系).
    public static let relationshipBonus = 20

    public var score: Double { scoreWithoutRelationships + Double(relationshipTerm) }

    /// The stable-relationship term of the score: 0 when continuity is off.
    public var relationshipTerm: Int { scoresRelationships ? ScoreBreakdown.relationshipBonus * relationshipVisits : 0 }

    /// The score less its stable-relationship term: what a run gives up elsewhere to keep last week's workers.
    public var scoreWithoutRelationships: Double {
        Double(weightedMinutes) - ScoreBreakdown.kmPenalty * routeKm
            + Double(ScoreBreakdown.continuityBonus * continuityDemands + ScoreBreakdown.preferredBonus * preferredVisits
                + ScoreBreakdown.stabilityBonus * stableVisits)
    }
}
