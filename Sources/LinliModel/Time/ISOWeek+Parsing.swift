extension ISOWeek {
    /// Why a text names no ISO week, in words for the user.
    public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        public var description: String

        public init(description: String) { self.description = description }
    }

    /// The years whose weeks a user may name: every day of such a week is a date of four digits, and nothing
    /// older or much later is a week anyone rosters (`0001-W01` or `9999-W52` are typing mistakes, and the last
    /// week of 9999 would end in the year 10000, which no date column can hold).
    public static let namedYears = 2000...2999

    /// Parses `YYYY-Www`, saying why when the text is not a week: its shape, a year outside ``namedYears``, a
    /// week 0, or a week past the last of its year (e.g. 2025 has no W53).
    public init(parsing text: some StringProtocol) throws(ParseError) {
        let u = Array(text.utf8)
        guard u.count == 8, u[4] == 0x2D, u[5] == 0x57 || u[5] == 0x77,
              let y = Day.digits(u, 0, 4), let w = Day.digits(u, 6, 2)
        else {
            throw ParseError(description: "expected an ISO week as YYYY-Www, e.g. 2026-W48 (four-digit year, \"-W\", two-digit week)")
        }
        guard ISOWeek.namedYears.contains(y) else {
            throw ParseError(
                description: "\(Day.pad(y, 4)) is outside the years Linli rosters (\(ISOWeek.namedYears.lowerBound)-\(ISOWeek.namedYears.upperBound))")
        }
        let last = ISOWeek.weeksIn(year: y)
        guard w >= 1 else { throw ParseError(description: "ISO weeks are numbered from W01; there is no W00") }
        guard w <= last else {
            throw ParseError(description: "\(Day.pad(y, 4)) has no W\(Day.pad(w, 2)): its ISO weeks run W01-W\(last)")
        }
        self.year = y
        self.week = w
    }
}
