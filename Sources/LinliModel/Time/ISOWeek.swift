/// An ISO 8601 week such as `2026-W48` (Monday to Sunday).
public struct ISOWeek: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var week: Int

    /// The week with these fields, or nil when the ISO year has no such week.
    public init?(year: Int, week: Int) {
        guard week >= 1, week <= ISOWeek.weeksIn(year: year) else { return nil }
        self.year = year
        self.week = week
    }

    /// Parses `YYYY-Www`.
    public init?(text: some StringProtocol) {
        let u = Array(text.utf8)
        guard u.count == 8, u[4] == 0x2D, u[5] == 0x57 || u[5] == 0x77,
              let y = Day.digits(u, 0, 4), let w = Day.digits(u, 6, 2)
        else { return nil }
        self.init(year: y, week: w)
    }

    /// The ISO week containing `day`.
    public init(containing day: Day) {
        let thursday = day.adding(days: 4 - day.weekday)
        let y = thursday.civil.year
        let jan1 = Day(year: y, month: 1, day: 1)!
        year = y
        week = thursday.days(since: jan1) / 7 + 1
    }

    /// Monday of this week.
    public var monday: Day {
        let jan4 = Day(year: year, month: 1, day: 4)!
        return jan4.adding(days: 1 - jan4.weekday + (week - 1) * 7)
    }

    /// Monday … Sunday.
    public var days: [Day] { (0..<7).map { monday.adding(days: $0) } }

    public func contains(_ day: Day) -> Bool {
        let d = day.days(since: monday)
        return d >= 0 && d < 7
    }

    /// The week before this one.
    public var previous: ISOWeek { ISOWeek(containing: monday.adding(days: -7)) }
    /// The week after this one.
    public var next: ISOWeek { ISOWeek(containing: monday.adding(days: 7)) }

    /// Whole weeks from Monday 2000-01-03 (ISO 2000-W01) to this week's Monday.
    public var weeksSince2000W01: Int {
        let d = monday.days(since: Day(year: 2000, month: 1, day: 3)!)
        return d >= 0 ? d / 7 : -((-d + 6) / 7)
    }

    public var description: String { "\(Day.pad(year, 4))-W\(Day.pad(week, 2))" }

    public static func < (a: ISOWeek, b: ISOWeek) -> Bool { (a.year, a.week) < (b.year, b.week) }

    static func weeksIn(year: Int) -> Int {
        // A year has 53 weeks when Dec 28 falls in week 53.
        guard let dec28 = Day(year: year, month: 12, day: 28) else { return 52 }
        let thursday = dec28.adding(days: 4 - dec28.weekday)
        let jan1 = Day(year: thursday.civil.year, month: 1, day: 1)!
        return thursday.days(since: jan1) / 7 + 1
    }
}
