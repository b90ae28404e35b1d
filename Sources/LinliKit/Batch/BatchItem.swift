import LinliModel

/// One unit of work of `linli batch`: the roster of one week in one database file.
public struct BatchItem: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The database file, as given on the command line.
    public var database: String
    public var week: ISOWeek

    public init(database: String, week: ISOWeek) {
        self.database = database
        self.week = week
    }

    /// Database first, then week: the order of a ``BatchPlan``.
    public static func < (a: BatchItem, b: BatchItem) -> Bool { (a.database, a.week) < (b.database, b.week) }

    public var description: String { "\(database) \(week)" }
}
