import LinliModel

/// What `linli roster` is asked for: the week, the run options and an optional pins.csv.
public struct RosterRequest: Hashable, Sendable {
    public var week: ISOWeek
    public var options: RunOptions
    /// A pins.csv whose pins are kept in this run and stored for later runs.
    public var pinsFile: String?
    /// Makes a replan run from this date: earlier rows of the published roster are kept as they are.
    public var replanFrom: Day?
    /// Seconds of extra bound work after the search (`--prove`): a tighter reported bound, the same roster; 0: none.
    public var proveSeconds: Double = 0
    /// Rosters the week only while none of it is published (an office's roster, Docs/Console.md): checked when the run
    /// starts and again in the transaction that publishes, so that two queued runs of one week never both publish.
    /// A replan always checks that the roster it replans is still the published one.
    public var unpublishedOnly = false

    /// Seconds to wait between solving and publishing: a test hook (`LINLI_ROSTER_PAUSE`) that lets a
    /// test change the data while a roster is being made.
    public var pauseBeforePublishing: Double

    public init(
        week: ISOWeek, options: RunOptions = RunOptions(), pinsFile: String? = nil, replanFrom: Day? = nil,
        pauseBeforePublishing: Double = 0
    ) {
        self.week = week
        self.options = options
        self.pinsFile = pinsFile
        self.replanFrom = replanFrom
        self.pauseBeforePublishing = pauseBeforePublishing
    }
}
