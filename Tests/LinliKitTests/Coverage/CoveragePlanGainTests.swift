import Foundation
import LinliKit
import LinliModel
import LinliTestSupport
import Testing

/// `coverage plan` shows what each chosen site adds, and says when a site adds nothing.
@Suite struct CoveragePlanGainTests {
    @Test func eachChosenSiteShowsItsGainAndAnIdleSiteIsNamed() throws {
        let fixture = try CoverageFixture()
        let p = fixture.dataset.servicePoints[0]
        let enterprises = p.enterpriseIDs.joined(separator: ";")
        let h = fixture.dataset.households.max { a, b in a.location.distance(to: p.location) < b.location.distance(to: p.location) }!
        let file = try fixture.writePoints("sites.csv", [
            "X1,近,\(p.communityID),\(p.location.lat),\(p.location.lon),100,\(enterprises)",
            "X2,远,\(h.communityID),\(h.location.lat),\(h.location.lon),900,\(enterprises)",
        ])
        let outcome = try fixture.workspace.planCoverage(CoveragePlanRequest(week: Fixtures.week, candidatesFile: file, k: 2, weight: .households))

        let gains = outcome.plan.gains
        #expect(gains.map(\.id) == ["X2", "X1"])
        #expect(gains[0].gain > 0 && gains[1].addsNothing)
        #expect(gains.reduce(0) { $0 + $1.gain } == outcome.plan.coveredWeight - outcome.plan.existingCoveredWeight)
        #expect(outcome.lines.contains { $0.hasPrefix("X1 adds nothing") })
        #expect(outcome.lines.contains { $0.contains("X2") && $0.contains("+\(gains[0].gain)") })

        let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.json().utf8)) as? [String: Any])
        let json = try #require(object["gains"] as? [[String: Any]])
        #expect(json.map { $0["id"] as? String } == ["X2", "X1"])
        #expect(json.map { $0["adds_nothing"] as? Bool } == [false, true])
    }
}
