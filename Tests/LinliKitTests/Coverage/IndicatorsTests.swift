import LinliKit
import LinliModel
import LinliPlan
import LinliTestSupport
import Testing

@Suite struct IndicatorsTests {
    @Test func printsEveryIndicatorWithItsMark() throws {
        let fixture = try CoverageFixture()
        let outcome = try fixture.workspace.indicators(IndicatorsRequest(date: Fixtures.monday))
        #expect(outcome.sheet.rows.count == Indicator.allCases.count)
        let table = outcome.lines.dropFirst(2).dropLast()
        #expect(table.count == Indicator.allCases.count)
        #expect(table.allSatisfy { $0.hasPrefix("✓") || $0.hasPrefix("✗") })
    }

    @Test func aTargetsFileOverridesADefault() throws {
        let fixture = try CoverageFixture()
        let file = try fixture.write("targets.csv", "indicator,target\nenterprises,>=1000\n")
        let outcome = try fixture.workspace.indicators(IndicatorsRequest(date: Fixtures.monday, targetsFile: file))
        #expect(outcome.sheet.rows.first { $0.indicator == .enterprises }?.isMet == false)
    }
}
