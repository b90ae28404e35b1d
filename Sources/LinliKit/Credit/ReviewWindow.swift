import LinliModel

/// The dates a credit review looks at, both ends included.
public struct ReviewWindow: Hashable, Sendable {
    public var from: Day
    public var until: Day

    public init(from: Day, until: Day) {
        self.from = from
        self.until = until
    }

    /// The calendar month `YYYY-MM`; nil when the text names none.
    public init?(month text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1]),
              let first = Day(year: year, month: month, day: 1),
              let next = month == 12 ? Day(year: year + 1, month: 1, day: 1) : Day(year: year, month: month + 1, day: 1)
        else { return nil }
        from = first
        until = next.adding(days: -1)
    }
}
