/// What a roster achieved: the summary of Docs/Rules.md plus timing and the upper bound.
public struct RosterSummary: Hashable, Sendable {
    public var week: ISOWeek
    public var parts: ScoreBreakdown
    public var assignedVisits: Int
    public var unmetVisits: Int
    /// Σ weight × minutes over all visits of the week.
    public var demandedWeightedMinutes: Int
    /// Count of unmet visits per reason, every code present.
    public var unmetByReason: [UnmetReason: Int]
    /// An upper bound on the score from a relaxation, when computed.
    public var upperBound: Double?
    /// How the upper bound was obtained: the flow relaxation, or the looser servable bound when time ran out.
    public var boundMethod: BoundMethod
    public var seconds: Double
    /// Whether the work budget or the wall clock ended the search; a run ended by the clock may not repeat exactly.
    public var stoppedBy: SearchStop
    /// How evenly the work falls on the workers (utilisation mean and standard deviation).
    public var workload: Workload
    /// For a replan run, what it changed against the version it replaced; nil otherwise.
    public var replan: ReplanFigures?

    public init(
        week: ISOWeek, parts: ScoreBreakdown, assignedVisits: Int, unmetVisits: Int, demandedWeightedMinutes: Int,
        unmetByReason: [UnmetReason: Int], upperBound: Double? = nil, boundMethod: BoundMethod = .flow, seconds: Double = 0,
        stoppedBy: SearchStop = .budget, workload: Workload = Workload(), replan: ReplanFigures? = nil
    ) {
        self.week = week
        self.parts = parts
        self.assignedVisits = assignedVisits
        self.unmetVisits = unmetVisits
        self.demandedWeightedMinutes = demandedWeightedMinutes
        var full = unmetByReason
        for r in UnmetReason.allCases where full[r] == nil { full[r] = 0 }
        self.unmetByReason = full
        self.upperBound = upperBound
        self.boundMethod = boundMethod
        self.seconds = seconds
        self.stoppedBy = stoppedBy
        self.workload = workload
        self.replan = replan
    }

    public var score: Double { parts.score }

    /// Assigned weighted minutes ÷ demanded weighted minutes; 0 for a week with no visits.
    public var fillRate: Double {
        demandedWeightedMinutes == 0 ? 0 : Double(parts.weightedMinutes) / Double(demandedWeightedMinutes)
    }

    /// (bound − score) ÷ bound, when a bound is known and positive.
    public var boundGap: Double? {
        guard let upperBound, upperBound > 0 else { return nil }
        return max(0, (upperBound - score) / upperBound)
    }
}
