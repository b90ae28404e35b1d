import LinliModel
import Testing

@Suite struct ISOWeekParsingTests {
    @Test func aValidWeekParses() throws {
        #expect(try ISOWeek(parsing: "2026-W48") == ISOWeek(year: 2026, week: 48))
        #expect(try ISOWeek(parsing: "2026-W53") == ISOWeek(year: 2026, week: 53))
    }

    @Test(arguments: [
        ("2025-W53", "2025 has no W53: its ISO weeks run W01-W52"),
        ("2026-W54", "2026 has no W54: its ISO weeks run W01-W53"),
        ("2026-W00", "there is no W00"),
        ("2026-48", "expected an ISO week as YYYY-Www"),
        ("26-W48", "expected an ISO week as YYYY-Www"),
        ("2026-W4x", "expected an ISO week as YYYY-Www"),
    ])
    func anInvalidWeekSaysWhy(text: String, reason: String) {
        #expect(ISOWeek(text: text) == nil)
        let error = #expect(throws: ISOWeek.ParseError.self) { try ISOWeek(parsing: text) }
        #expect(error?.description.contains(reason) == true, "\(error?.description ?? "")")
    }

    @Test(arguments: ["0001-W01", "1999-W52", "3000-W01", "9999-W52"])
    func aWeekOutsideTheNamedYearsIsRefused(text: String) {
        let error = #expect(throws: ISOWeek.ParseError.self) { try ISOWeek(parsing: text) }
        #expect(error?.description.contains("outside the years Linli rosters (2000-2999)") == true, "\(error?.description ?? "")")
    }

    @Test func theFirstAndLastNamedWeeksParseAndHoldFourDigitDates() throws {
        let first = try ISOWeek(parsing: "2000-W01"), last = try ISOWeek(parsing: "2999-W52")
        #expect(first.monday.description == "2000-01-03")
        #expect(last.days.allSatisfy { $0.description.count == 10 })
    }
}
