import LinliModel
import LinliStore

/// What a published roster achieved, as a batch report lists it.
public struct BatchFigures: Hashable, Sendable {
    public var runID: Int64
    public var visits: Int
    public var assignedVisits: Int
    public var unmetVisits: Int
    public var fillRate: Double
    public var score: Double
    public var upperBound: Double?
    /// Compile and solve seconds of the run, as stored with it.
    public var solveSeconds: Double

    public init(
        runID: Int64, assignedVisits: Int, unmetVisits: Int, fillRate: Double, score: Double, upperBound: Double?,
        solveSeconds: Double
    ) {
        self.runID = runID
        self.visits = assignedVisits + unmetVisits
        self.assignedVisits = assignedVisits
        self.unmetVisits = unmetVisits
        self.fillRate = fillRate
        self.score = score
        self.upperBound = upperBound
        self.solveSeconds = solveSeconds
    }

    /// The figures of a roster just published as run `runID`.
    init(runID: Int64, summary s: RosterSummary) {
        self.init(
            runID: runID, assignedVisits: s.assignedVisits, unmetVisits: s.unmetVisits, fillRate: s.fillRate,
            score: s.score, upperBound: s.upperBound, solveSeconds: s.seconds)
    }

    /// The figures of a stored run.
    init(_ run: RunInfo) {
        self.init(
            runID: run.id, assignedVisits: run.assignedVisits, unmetVisits: run.unmetVisits, fillRate: run.fillRate,
            score: run.score, upperBound: run.upperBound, solveSeconds: run.seconds)
    }

    /// (bound − score) ÷ bound, when a bound is known and positive (as in ``RosterSummary/boundGap``).
    public var boundGap: Double? {
        guard let upperBound, upperBound > 0 else { return nil }
        return max(0, (upperBound - score) / upperBound)
    }

    /// Whether two runs produced the same roster figures: everything but run ids and timings, which differ
    /// between machines and reruns of the same deterministic roster.
    public func sameOutcome(as other: BatchFigures) -> Bool {
        (visits, assignedVisits, unmetVisits, fillRate, score) == (other.visits, other.assignedVisits, other.unmetVisits, other.fillRate, other.score)
            && upperBound == other.upperBound
    }
}
