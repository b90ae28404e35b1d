import Foundation
import LinliKit
import LinliModel
import LinliTestSupport
import Testing

@Suite struct CoverageTests {
    @Test func reachComesFromTheDatasetAndServiceFromThePublishedRoster() throws {
        let fixture = try CoverageFixture()
        let before = try fixture.workspace.coverage(CoverageRequest())
        #expect(before.rosterWeek == nil)
        #expect(before.report.communities.allSatisfy { $0.service == nil })

        let roster = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick)).roster
        let after = try fixture.workspace.coverage(CoverageRequest(week: Fixtures.week, mapPath: fixture.kit.folder.path("map.svg")))
        #expect(after.rosterWeek == Fixtures.week)
        let assigned = after.report.communities.compactMap(\.assignedWeightedMinutes).reduce(0, +)
        #expect(assigned == roster.summary.parts.weightedMinutes)
        #expect(after.report.communities.map(\.reach) == before.report.communities.map(\.reach))
        let svg = try String(contentsOfFile: fixture.kit.folder.path("map.svg"), encoding: .utf8)
        #expect(svg.hasPrefix("<svg"))
        #expect(after.lines.contains { $0.hasPrefix("district") })
    }

    @Test func aWeekWithoutARosterIsAnError() throws {
        let fixture = try CoverageFixture()
        #expect(throws: KitError.noRoster(week: Fixtures.week)) { try fixture.workspace.coverage(CoverageRequest(week: Fixtures.week)) }
    }

    @Test func theJSONHoldsTheDistrictAndEveryCommunity() throws {
        let fixture = try CoverageFixture()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(fixture.workspace.coverage(CoverageRequest()).json().utf8)) as? [String: Any])
        #expect(object["district_reach"] is Double)
        #expect((object["communities"] as? [Any])?.count == fixture.dataset.communities.count)
    }
}
