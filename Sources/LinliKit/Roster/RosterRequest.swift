import LinliModel

/// What `linli roster` is asked for: the week, the run options and an optional pins.csv.
public struct RosterRequest: Hashable, Sendable {
    public var week: ISOWeek
    public var options: RunOptions
    /// A pins.csv whose pins are kept in this run and stored for later runs.
    public var pinsFile: String?

    public init(week: ISOWeek, options: RunOptions = RunOptions(), pinsFile: String? = nil) {
        self.week = week
        self.options = options
        self.pinsFile = pinsFile
    }
}
