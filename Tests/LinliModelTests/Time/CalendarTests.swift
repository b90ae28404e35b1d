import Foundation
import LinliModel
import Testing

/// `Day` and `ISOWeek` against Foundation's Gregorian and ISO 8601 calendars, every day from 1990 to 2100.
@Suite struct CalendarTests {
    static let utc = TimeZone(identifier: "UTC")!

    static func calendar(_ identifier: Calendar.Identifier) -> Calendar {
        var c = Calendar(identifier: identifier)
        c.timeZone = utc
        return c
    }

    /// Every day of 1990-01-01 … 2100-12-31 as (Day, Foundation date).
    static func everyDay() -> [(Day, Date)] {
        let first = Day(year: 1990, month: 1, day: 1)!, last = Day(year: 2100, month: 12, day: 31)!
        return (first.ordinal...last.ordinal).map { ordinal in
            (Day(ordinal: ordinal), Date(timeIntervalSince1970: Double(ordinal) * 86_400))
        }
    }

    @Test func civilFieldsWeekdayAndTextMatchFoundation() {
        let gregorian = Self.calendar(.gregorian)
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = Self.utc
        formatter.formatOptions = [.withFullDate, .withDashSeparatorInDate]
        var mismatches: [String] = []
        for (day, date) in Self.everyDay() {
            let c = gregorian.dateComponents([.year, .month, .day, .weekday], from: date)
            let civil = day.civil
            // Foundation counts weekdays from Sunday = 1; ISO from Monday = 1.
            let isoWeekday = (c.weekday! + 5) % 7 + 1
            if (civil.year, civil.month, civil.day) != (c.year!, c.month!, c.day!) || day.weekday != isoWeekday
                || day.description != formatter.string(from: date)
                || Day(year: c.year!, month: c.month!, day: c.day!) != day || Day(iso: day.description) != day {
                mismatches.append("\(day) (\(day.ordinal))")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test func isoWeeksMatchFoundation() {
        let iso = Self.calendar(.iso8601)
        var mismatches: [String] = []
        for (day, date) in Self.everyDay() {
            let c = iso.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date)
            let week = ISOWeek(containing: day)
            if (week.year, week.week) != (c.yearForWeekOfYear!, c.weekOfYear!) || !week.contains(day)
                || week.monday.weekday != 1 || ISOWeek(text: week.description) != week {
                mismatches.append("\(day): \(week), Foundation \(c.yearForWeekOfYear!)-W\(c.weekOfYear!)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    /// Exactly the weeks Foundation's ISO calendar has: 52 or 53 per year, none beyond.
    @Test func weeksPerYearMatchFoundation() {
        let iso = Self.calendar(.iso8601)
        for year in 1990...2100 {
            let dec28 = iso.date(from: DateComponents(timeZone: Self.utc, year: year, month: 12, day: 28))!
            let weeks = iso.component(.weekOfYear, from: dec28)
            #expect(ISOWeek(year: year, week: weeks) != nil, "\(year)")
            #expect(ISOWeek(year: year, week: weeks + 1) == nil, "\(year)")
        }
    }
}
