import Foundation
import LinliModel

/// A stored run as `linli` lists it: its options and summary figures, without its rows.
public struct RunInfo: Hashable, Sendable {
    public var id: Int64
    public var week: ISOWeek
    public var options: RunOptions
    public var score: Double
    public var upperBound: Double?
    public var assignedVisits: Int
    public var unmetVisits: Int
    public var fillRate: Double
    public var seconds: Double
    public var createdAt: Date
    /// Whether this run is the published roster of its week.
    public var published: Bool
    /// The N-th run published for its week (1-based).
    public var version: Int
    /// For a replan run, its replan date, the run it replaced and what it changed.
    public var replan: ReplanFigures?

    public init(
        id: Int64, week: ISOWeek, options: RunOptions, score: Double, upperBound: Double?, assignedVisits: Int,
        unmetVisits: Int, fillRate: Double, seconds: Double, createdAt: Date, published: Bool, version: Int = 1,
        replan: ReplanFigures? = nil
    ) {
        self.id = id
        self.week = week
        self.options = options
        self.score = score
        self.upperBound = upperBound
        self.assignedVisits = assignedVisits
        self.unmetVisits = unmetVisits
        self.fillRate = fillRate
        self.seconds = seconds
        self.createdAt = createdAt
        self.published = published
        self.version = version
        self.replan = replan
    }
}
