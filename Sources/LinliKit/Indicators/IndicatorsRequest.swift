import LinliModel

/// What `linli indicators` is asked for.
public struct IndicatorsRequest: Hashable, Sendable {
    /// The date worker certificates, health checks and training are judged on.
    public var date: Day
    /// A targets file (`indicator,target`) overriding the defaults.
    public var targetsFile: String?
    /// The Hangzhou plan year whose targets are the defaults.
    public var year: Int

    public init(date: Day, targetsFile: String? = nil, year: Int = 2023) {
        self.date = date
        self.targetsFile = targetsFile
        self.year = year
    }
}
