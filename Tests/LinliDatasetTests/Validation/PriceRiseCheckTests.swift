import LinliModel
import Testing

@testable import LinliDataset

@Suite struct PriceRiseCheckTests {
    static func item(_ fen: Int, from: Day?, unit: PriceUnit = .hour) -> MenuItem {
        MenuItem(
            enterpriseID: "E1", itemCode: "I", name: "保洁", category: .cleaning, mode: .both, unit: unit,
            price: Fen(fen), minMinutes: 60, skillLevel: 1, effectiveFrom: from
        )
    }

    static let jan = Day(year: 2026, month: 1, day: 1)!
    static let jun = Day(year: 2026, month: 6, day: 1)!

    static func warnings(base: [MenuItem], incoming: [MenuItem]) -> [Diagnostic] {
        var log = FileLog(file: "menu.csv")
        let lined = incoming.enumerated().map { Lined(line: $0.offset + 2, value: $0.element) }
        var merged = base
        _ = DatasetMerger.upsert(&merged, lined, key: MenuKey.init)
        PriceRiseCheck.check(lined, base: base, merged: merged, log: &log)
        return log.diagnostics
    }

    @Test(arguments: [(5000, 5500, false), (5000, 5501, true), (0, 1, true), (5000, 4000, false)])
    func comparesWithTheVersionInForceTheDayBefore(_ old: Int, _ new: Int, _ warns: Bool) {
        let w = Self.warnings(base: [Self.item(old, from: nil)], incoming: [Self.item(new, from: Self.jun)])
        #expect(w.count == (warns ? 1 : 0))
    }

    @Test func theLatestEarlierVersionIsTheOneCompared() {
        let base = [Self.item(1000, from: nil), Self.item(5000, from: Self.jan)]
        #expect(Self.warnings(base: base, incoming: [Self.item(5400, from: Self.jun)]).isEmpty)
        #expect(Self.warnings(base: [Self.item(1000, from: nil)], incoming: [Self.item(5000, from: Self.jan)]).count == 1)
    }

    @Test func unchangedRowsAndOtherUnitsAreNotFlagged() {
        let base = [Self.item(1000, from: nil), Self.item(5000, from: Self.jun)]
        #expect(Self.warnings(base: base, incoming: base).isEmpty)
        #expect(Self.warnings(base: [Self.item(1000, from: nil)], incoming: [Self.item(9000, from: Self.jun, unit: .visit)]).isEmpty)
    }
}

@Suite struct PriceRiseMessageTests {
    @Test(arguments: [(10000, 11099, "+11.0%"), (10000, 11094, "+10.9%"), (10000, 11095, "+11.0%"), (300, 400, "+33.3%"), (300, 500, "+66.7%")])
    func theRiseIsRoundedToOneDecimal(_ old: Int, _ new: Int, _ shown: String) {
        let w = PriceRiseCheckTests.warnings(
            base: [PriceRiseCheckTests.item(old, from: nil)], incoming: [PriceRiseCheckTests.item(new, from: PriceRiseCheckTests.jun)])
        #expect(w.count == 1)
        #expect(w.first?.message.contains("(\(shown))") == true, "\(w)")
    }
}
