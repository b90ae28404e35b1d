import LinliModel

/// What `linli sheet` prints: one worker's route or one household's visits, for a week or one day of it.
public struct SheetRequest: Hashable, Sendable {
    /// Whose sheet it is.
    public enum Subject: Hashable, Sendable {
        case worker(String)
        case household(String)
    }

    public var week: ISOWeek
    public var subject: Subject
    /// One day of `week`, or nil for the whole week.
    public var day: Day?

    public init(week: ISOWeek, subject: Subject, day: Day? = nil) {
        self.week = week
        self.subject = subject
        self.day = day
    }
}
