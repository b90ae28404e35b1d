import LinliModel
import LinliPlan

/// What a household weighs in `linli coverage plan`: `demand` or `households` (Docs/Commands.md `--weight`).
public typealias CoverageWeight = PlanWeight

/// What `linli coverage plan` is asked for (Docs/Commands.md).
public struct CoveragePlanRequest: Hashable, Sendable {
    public var week: ISOWeek
    /// Candidate sites, in service_points.csv columns.
    public var candidatesFile: String
    /// How many sites to choose.
    public var k: Int
    public var weight: PlanWeight
    public var mapPath: String?
    /// Also return the map's SVG text in the answer (`mapSVG`), for a page that shows it inline.
    public var embedMap = false
    /// The reach target the map colours communities against.
    public var target: Double

    public init(
        week: ISOWeek, candidatesFile: String, k: Int, weight: PlanWeight = .demand, mapPath: String? = nil,
        target: Double = CoverageRequest.defaultTarget
    ) {
        self.week = week
        self.candidatesFile = candidatesFile
        self.k = k
        self.weight = weight
        self.mapPath = mapPath
        self.target = target
    }
}
