import LinliKit
import LinliModel
import Testing

@Suite struct WeekSpanParsingTests {
    @Test(arguments: [
        ("2025-W53...2026-W02", "2025 has no W53"),
        ("2026-W48...2026-W60", "2026 has no W60"),
        ("2026-W50...2026-W48", "the range runs backwards: 2026-W48 is before 2026-W50"),
        ("2000-W01...2020-W01", "spans more than 520 weeks"),
        ("2026-W48...2026-W49...2026-W50", "one \"...\""),
        ("2026-48", "expected an ISO week as YYYY-Www"),
    ])
    func anInvalidSpanSaysWhy(text: String, reason: String) {
        #expect(WeekSpan(text: text) == nil)
        let error = #expect(throws: ISOWeek.ParseError.self) { try WeekSpan(parsing: text) }
        #expect(error?.description.contains(reason) == true, "\(error?.description ?? "")")
    }
}
