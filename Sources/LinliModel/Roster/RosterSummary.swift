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
    /// The run of the week before whose rows gave each demand its last worker; nil when that week had no
    /// published roster when this run was made.
    public var lastWeekRunID: Int64?
    /// Visits that could have been served by their last worker (see Docs/Rules.md, stable relationships).
    public var relationshipPossible: Int
    /// Where the run's time went, from loading the dataset to assembling the roster; its `store` is 0, since
    /// the run is stored with its summary. Nil for runs stored before the phases were (migration "v5-phases").
    public var phases: PhaseTimings?

    public init(
        week: ISOWeek, parts: ScoreBreakdown, assignedVisits: Int, unmetVisits: Int, demandedWeightedMinutes: Int,
        unmetByReason: [UnmetReason: Int], upperBound: Double? = nil, boundMethod: BoundMethod = .flow, seconds: Double = 0,
        stoppedBy: SearchStop = .budget, workload: Workload = Workload(), replan: ReplanFigures? = nil,
        lastWeekRunID: Int64? = nil, relationshipPossible: Int = 0, phases: PhaseTimings? = nil
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
        self.lastWeekRunID = lastWeekRunID
        self.relationshipPossible = relationshipPossible
        self.phases = phases
    }

    public var score: Double { parts.score }

    /// Assigned weighted minutes ÷ demanded weighted minutes; 0 for a week with no visits.
    public var fillRate: Double {
        demandedWeightedMinutes == 0 ? 0 : Double(parts.weightedMinutes) / Double(demandedWeightedMinutes)
    }

    /// Visits served by their last worker ÷ visits that could have been; 1 when none could.
    public var relationshipRate: Double {
        relationshipPossible == 0 ? 1 : Double(parts.relationshipVisits) / Double(relationshipPossible)
    }

    /// (bound − score) ÷ bound, when a bound is known and positive.
    public var boundGap: Double? {
        guard let upperBound, upperBound > 0 else { return nil }
        return max(0, (upperBound - score) / upperBound)
    }
}
