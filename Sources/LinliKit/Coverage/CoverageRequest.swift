import LinliModel

/// What `linli coverage` is asked for.
public struct CoverageRequest: Hashable, Sendable {
    /// The week whose roster gives the service figures; nil = the latest week with a published roster.
    public var week: ISOWeek?
    /// The coverage target (0-1) communities are held to.
    public var target: Double
    /// Where to write the SVG map, if anywhere.
    public var mapPath: String?
    /// Also return the map's SVG text in the answer (`mapSVG`), for a page that shows it inline.
    public var embedMap = false

    public init(week: ISOWeek? = nil, target: Double = CoverageRequest.defaultTarget, mapPath: String? = nil) {
        self.week = week
        self.target = target
        self.mapPath = mapPath
    }

    /// 90%: Hangzhou's 2022 target for service-point coverage.
    public static let defaultTarget = 0.9
}
