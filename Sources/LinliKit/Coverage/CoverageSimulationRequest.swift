import LinliModel

/// What `linli coverage simulate` is asked for.
public struct CoverageSimulationRequest: Hashable, Sendable {
    public var week: ISOWeek
    /// New points, in service_points.csv columns.
    public var pointsFile: String
    /// Staffing (staff.csv): moves and hires.
    public var staffFile: String?
    /// Whether staff.csv may move named workers (its `worker_id` rows). False for a console planner, who is
    /// shown no worker id: every such row is then refused with one message, whether the id exists or not, so
    /// the answer tells nothing about the district's workers.
    public var movesNamedWorkers = true
    /// A pins.csv kept in both rosters besides the week's stored pins; it is not stored.
    public var pinsFile: String?
    public var mapPath: String?
    /// Also return the map's SVG text in the answer (`mapSVG`), for a page that shows it inline.
    public var embedMap = false
    /// The options of both rosters (before and after).
    public var options: RunOptions
    public var target: Double

    public init(
        week: ISOWeek, pointsFile: String, staffFile: String? = nil, pinsFile: String? = nil, mapPath: String? = nil,
        options: RunOptions = RunOptions(), target: Double = CoverageRequest.defaultTarget
    ) {
        self.week = week
        self.pointsFile = pointsFile
        self.staffFile = staffFile
        self.pinsFile = pinsFile
        self.mapPath = mapPath
        self.options = options
        self.target = target
    }
}
