import LinliModel
import Testing

@Suite struct ShiftPatternTests {
    static let start = TimeOfDay(text: "08:00")!
    static let end = TimeOfDay(text: "17:00")!

    static func pattern(cycleWeeks: [Int]) -> ShiftPattern {
        ShiftPattern(id: "A", days: cycleWeeks.map { ShiftDay(patternID: "A", cycleWeek: $0, weekday: 1, start: start, end: end) })
    }

    /// An offset is reduced modulo the cycle before it is added, so the largest offset gives the cycle
    /// week of its residue (Int.max ≡ 1 mod 2, 1 mod 3, 0 mod 7) instead of overflowing.
    @Test(arguments: [(2, 1), (3, 1), (7, 0)])
    func theLargestOffsetDoesNotOverflow(length: Int, residue: Int) {
        let pattern = Self.pattern(cycleWeeks: [length - 1])
        for week in [ISOWeek(year: 2026, week: 48)!, ISOWeek(year: 1999, week: 1)!, ISOWeek(year: 2026, week: 53)!] {
            #expect(pattern.cycleWeek(in: week, rotationOffset: Int.max) == pattern.cycleWeek(in: week, rotationOffset: residue))
        }
    }

    @Test func consecutiveWeeksStepThroughTheCycle() {
        let pattern = Self.pattern(cycleWeeks: [0, 2])
        var week = ISOWeek(year: 2026, week: 1)!
        var previous = pattern.cycleWeek(in: week, rotationOffset: 5)
        for _ in 0..<10 {
            week = week.next
            let current = pattern.cycleWeek(in: week, rotationOffset: 5)
            #expect(current == (previous + 1) % 3)
            previous = current
        }
    }

    @Test func aHugeCycleWeekSaturatesTheCycleLength() {
        let pattern = Self.pattern(cycleWeeks: [Int.max])
        #expect(pattern.cycleLength == Int.max)
        let week = ISOWeek(year: 2026, week: 48)!
        #expect(pattern.cycleWeek(in: week, rotationOffset: Int.max) >= 0)
        #expect(pattern.windows(in: week, rotationOffset: Int.max - 1).count == 7)
    }
}
