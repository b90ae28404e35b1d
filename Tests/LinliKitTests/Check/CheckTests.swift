import LinliKit
import LinliModel
import LinliTestSupport
import Testing

@Suite struct CheckTests {
    @Test(arguments: [false, true])
    func aFreshRosterPassesTheCheck(includeIntermediary: Bool) throws {
        let fixture = try KitFixture.imported(.small, seed: 3)
        let options = RunOptions(includeIntermediary: includeIntermediary, seed: 2, timeLimit: 0.05)
        let report = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: options))
        let check = try fixture.workspace.check(week: Fixtures.week)
        #expect(check.report.violations.isEmpty)
        #expect(check.report.reasonProblems.isEmpty)
        #expect(check.scoreMatches)
        #expect(check.passed)
        #expect(check.failure == nil)
        #expect(check.roster == report.roster)
        #expect(check.lines.last == "OK")
    }

    @Test func aWeekWithoutARosterIsAnError() throws {
        let fixture = try KitFixture.imported()
        #expect(throws: KitError.noRoster(week: Fixtures.week.next)) { try fixture.workspace.check(week: Fixtures.week.next) }
    }
}
