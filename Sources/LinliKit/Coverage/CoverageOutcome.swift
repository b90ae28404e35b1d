import Foundation
import LinliModel
import LinliPlan

/// The figures `linli coverage` prints: reach and service per community and for the district.
public struct CoverageOutcome: Hashable, Sendable {
    public var report: CoverageReport
    public var target: Double
    /// The week of the published roster the service figures come from; nil without one.
    public var rosterWeek: ISOWeek?
    public var mapPath: String?
    /// The map's SVG text when the request asked for it embedded.
    public var mapSVG: String?

    /// How many unmet reasons a below-target community lists.
    static let reasonsShown = 3

    public var lines: [String] {
        var lines = [
            "coverage \(rosterWeek.map { "of \($0)" } ?? "(no published roster: service n/a)"), target \(Format.percent(target))",
        ]
        var rows = [["community", "households", "listed", "reached", "reach", "service", "", "name"]]
        for c in report.communities {
            rows.append([
                c.communityID, "\(c.officialHouseholds)", "\(c.listedHouseholds)", "\(c.reachedHouseholds)",
                Self.ratio(c.reach), Self.ratio(c.service), c.isBelow(target) ? "✗" : "", c.name,
            ])
        }
        rows.append([
            "district", "\(report.communities.reduce(0) { $0 + $1.officialHouseholds })",
            "\(report.communities.reduce(0) { $0 + $1.listedHouseholds })", "\(report.communities.reduce(0) { $0 + $1.reachedHouseholds })",
            Self.ratio(report.districtReach), Self.ratio(report.districtService), "", "(weighted by official households)",
        ])
        lines += Format.table(rows)
        let below = report.below(target)
        lines.append(below.isEmpty ? "every community meets the target" : "below target (\(below.count)):")
        for c in below {
            let reasons = c.mainUnmetReasons.prefix(Self.reasonsShown).map { "\($0.reason.rawValue) \($0.count)" }
            lines.append("  \(c.communityID) \(c.name): reach \(Self.ratio(c.reach)), service \(Self.ratio(c.service))"
                + (reasons.isEmpty ? "" : "; main unmet reasons: " + reasons.joined(separator: ", ")))
        }
        if let mapPath { lines.append("map written to \(mapPath)") }
        return lines
    }

    /// The figures as pretty-printed JSON with sorted keys.
    public func json() throws -> String {
        try CoverageJSON.encode(CoverageDocument(self))
    }

    static func ratio(_ x: Double?) -> String { x.map(Format.percent) ?? "n/a" }
}

/// The JSON shape of ``CoverageOutcome``.
private struct CoverageDocument: Encodable {
    struct Community: Encodable {
        var community_id: String
        var name: String
        var official_households: Int
        var listed_households: Int
        var reached_households: Int
        var reach: Double?
        var service: Double?
        var demanded_weighted_minutes: Int
        var assigned_weighted_minutes: Int?
        var unmet_by_reason: [String: Int]
        var below_target: Bool
    }

    var week: String?
    var target: Double
    var district_reach: Double?
    var district_service: Double?
    var listed_reach: Double?
    var weighting: String
    var communities: [Community]

    init(_ o: CoverageOutcome) {
        week = o.rosterWeek?.description
        target = o.target
        district_reach = o.report.districtReach
        district_service = o.report.districtService
        listed_reach = o.report.listedReach
        weighting = "official_households"
        communities = o.report.communities.map {
            Community(
                community_id: $0.communityID, name: $0.name, official_households: $0.officialHouseholds,
                listed_households: $0.listedHouseholds, reached_households: $0.reachedHouseholds, reach: $0.reach, service: $0.service,
                demanded_weighted_minutes: $0.demandedWeightedMinutes, assigned_weighted_minutes: $0.assignedWeightedMinutes,
                unmet_by_reason: Dictionary(uniqueKeysWithValues: $0.unmetByReason.map { ($0.key.rawValue, $0.value) }),
                below_target: $0.isBelow(o.target))
        }
    }
}
