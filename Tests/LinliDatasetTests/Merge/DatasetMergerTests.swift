import LinliModel
import Testing

@testable import LinliDataset

@Suite struct DatasetMergerTests {
    static func day(_ p: String, _ week: Int, _ weekday: Int, _ start: Int = 480, _ end: Int = 1020) -> ShiftDay {
        ShiftDay(patternID: p, cycleWeek: week, weekday: weekday, start: TimeOfDay(minutes: start), end: TimeOfDay(minutes: end))
    }

    static func lined<T>(_ rows: [T]) -> [Lined<T>] { rows.enumerated().map { Lined(line: $0.offset + 2, value: $0.element) } }

    @Test func upsertReplacesInPlaceAndAppendsNewRowsInFileOrder() {
        var rows = ["a1", "b1", "c1"]
        let count = DatasetMerger.upsert(&rows, Self.lined(["z9", "b2", "c1", "y9"]), key: { $0.first! })
        #expect(rows == ["a1", "b2", "c1", "z9", "y9"])
        #expect(count == ChangeCount(added: 2, changed: 1, unchanged: 1))
    }

    @Test func aPatternSentAgainInAnotherOrderIsUnchangedAndKeepsItsOrder() {
        var rows = [Self.day("A", 0, 1), Self.day("B", 0, 1), Self.day("A", 0, 2)]
        let before = rows
        let count = DatasetMerger.replacePatterns(&rows, [Self.day("A", 0, 2), Self.day("A", 0, 1)])
        #expect(rows == before)
        #expect(count == ChangeCount(unchanged: 1))
    }

    @Test func aChangedPatternLosesRowsTheFileNoLongerHas() {
        var rows = [Self.day("A", 0, 1), Self.day("B", 0, 1), Self.day("A", 0, 2)]
        let count = DatasetMerger.replacePatterns(&rows, [Self.day("C", 0, 3), Self.day("A", 1, 5, 600, 900)])
        #expect(rows == [Self.day("A", 1, 5, 600, 900), Self.day("B", 0, 1), Self.day("C", 0, 3)])
        #expect(count == ChangeCount(added: 1, changed: 1))
    }
}
