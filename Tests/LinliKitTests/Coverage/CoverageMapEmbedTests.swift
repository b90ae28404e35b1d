import Foundation
import LinliKit
import LinliModel
import LinliTestSupport
import Testing

/// `embedMap`: the coverage answers carry the map's SVG text for a page to show inline — the same map a file gets.
@Suite struct CoverageMapEmbedTests {
    @Test func coverageEmbedsTheMapItWritesAndOnlyWhenAsked() throws {
        let fixture = try CoverageFixture()
        let path = fixture.kit.folder.path("map.svg")
        var request = CoverageRequest(mapPath: path)
        #expect(try fixture.workspace.coverage(request).mapSVG == nil)
        request.embedMap = true
        let svg = try #require(try fixture.workspace.coverage(request).mapSVG)
        #expect(svg == (try String(contentsOfFile: path, encoding: .utf8)))
        request.mapPath = nil
        #expect(try fixture.workspace.coverage(request).mapSVG?.hasPrefix("<svg") == true)
    }

    @Test func aSitePlanEmbedsItsMapWithTheChosenSites() throws {
        let fixture = try CoverageFixture()
        var request = CoveragePlanRequest(week: Fixtures.week, candidatesFile: try fixture.writeCandidates(3), k: 1)
        request.embedMap = true
        let outcome = try fixture.workspace.planCoverage(request)
        let svg = try #require(outcome.mapSVG)
        #expect(svg.hasPrefix("<svg"))
        #expect(svg.contains("1 new site"))
    }
}
