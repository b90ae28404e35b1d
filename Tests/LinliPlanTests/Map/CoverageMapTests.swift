import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import LinliModel
import LinliPlan
import LinliTestSupport
import Testing

@Suite struct CoverageMapTests {
    /// Counts elements by name and checks the document is well-formed XML.
    final class Census: NSObject, XMLParserDelegate {
        var counts: [String: Int] = [:]
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            counts[name, default: 0] += 1
        }
    }

    static func census(_ svg: String) -> Census? {
        let parser = XMLParser(data: Data(svg.utf8))
        let census = Census()
        parser.delegate = census
        return parser.parse() ? census : nil
    }

    static let district = DistrictBuilder()
        .addingHousehold("H2", east: 300, north: 400)
        .addingHousehold("H3", east: -200, north: 100)
        .addingPoint("P2", east: 2_500) { $0.enterpriseIDs = [] }
        .build()

    @Test func drawsCommunitiesPointsDensityAndLegend() throws {
        let report = CoverageReport(dataset: Self.district, week: Fixtures.week, roster: nil)
        let added = ServicePoint(id: "X1", name: "新 & 好", communityID: "C1", location: Fixtures.place(north: 2_000), radiusMeters: 800, enterpriseIDs: ["E1"])
        let svg = CoverageMap(dataset: Self.district, report: report, added: [added], title: "Test <map>", subtitle: "sub", target: 0.9).svg()
        let census = try #require(Self.census(svg))

        #expect(census.counts["polygon"] == 1)
        #expect(svg.contains("Test &lt;map&gt;"))
        #expect(svg.contains("X1 新 &amp; 好"))
        #expect(svg.contains("stroke-dasharray=\"6 4\""), "the point with no enterprise is drawn dashed")
        #expect(svg.contains("#c51b7d"), "the added point is highlighted")
        #expect(svg.contains("#1a9850"), "C1 is fully reached")
        #expect(svg.contains("id=\"legend\""))
        #expect((census.counts["rect"] ?? 0) >= 4 + 1, "the legend's rows and the background")
    }

    @Test func aDensityCellOfFewerThanThreeHouseholdsIsNotDrawn() throws {
        let crowded = DistrictBuilder()
            .addingHousehold("H2", east: 500, north: 0)
            .addingHousehold("H3", east: 500, north: 0)
            .addingHousehold("LONE", east: 3_000, north: -3_000)
            .build()
        let report = CoverageReport(dataset: crowded, week: Fixtures.week, roster: nil)
        let svg = CoverageMap(dataset: crowded, report: report, title: "t", subtitle: "s", target: 0.9).svg()
        let layer = try #require(svg.components(separatedBy: "<g id=\"households\"").dropFirst().first?.components(separatedBy: "</g>").first)
        #expect(layer.components(separatedBy: "<rect").count - 1 == 1, "H1-H3 share a home's place and make one cell; the lone one none")
    }

    @Test(arguments: [(0.9, "#d73027"), (0.4, "#fdae61"), (0.3, "#1a9850")])
    func communityColoursFollowTheTarget(target: Double, colour: String) throws {
        var district = Self.district
        district.servicePoints[0].radiusMeters = 450
        let report = CoverageReport(dataset: district, week: Fixtures.week, roster: nil)
        #expect(report.communities[0].reach == 1.0 / 3)
        let svg = CoverageMap(dataset: district, report: report, title: "t", subtitle: "s", target: target).svg()
        let polygon = try #require(svg.split(separator: "\n").first { $0.hasPrefix("<polygon") })
        #expect(polygon.contains("fill=\"\(colour)\""))
    }
}
