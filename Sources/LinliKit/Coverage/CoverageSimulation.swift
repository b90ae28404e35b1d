import LinliModel
import LinliPlan

/// A what-if: the district's coverage before and after new points and staffing, each with a roster
/// made in memory with the same options.
public struct CoverageSimulation: Hashable, Sendable {
    public var week: ISOWeek
    public var target: Double
    public var before: CoverageReport
    public var after: CoverageReport
    public var beforeSummary: RosterSummary
    public var afterSummary: RosterSummary
    public var addedPoints: [ServicePoint]
    public var movedWorkers: Int
    public var hiredWorkers: Int
    /// Pins kept in both rosters: the week's stored pins and those of the request's pins file.
    public var pinCount = 0
    public var mapPath: String?
    /// The map's SVG text when the request asked for it embedded.
    public var mapSVG: String?

    public var lines: [String] {
        var lines = [
            "simulation of \(week): \(addedPoints.count) new point(s), \(movedWorkers) worker(s) moved, \(hiredWorkers) hired"
                + " (rostered in memory; the database is unchanged)",
        ]
        if pinCount > 0 { lines.append("\(pinCount) pin(s) kept in both rosters") }
        var rows = [["community", "reach before", "after", "service before", "after", "name"]]
        let afterByID = Dictionary(after.communities.map { ($0.communityID, $0) }, uniquingKeysWith: { a, _ in a })
        for b in before.communities {
            let a = afterByID[b.communityID]
            rows.append([
                b.communityID, CoverageOutcome.ratio(b.reach), Self.arrow(b.reach, a?.reach),
                CoverageOutcome.ratio(b.service), Self.arrow(b.service, a?.service), b.name,
            ])
        }
        rows.append([
            "district", CoverageOutcome.ratio(before.districtReach), Self.arrow(before.districtReach, after.districtReach),
            CoverageOutcome.ratio(before.districtService), Self.arrow(before.districtService, after.districtService),
            "(weighted by official households)",
        ])
        lines += Format.table(rows)
        lines.append("roster fill rate \(Format.percent(beforeSummary.fillRate)) → \(Format.percent(afterSummary.fillRate)); "
            + "unmet visits \(beforeSummary.unmetVisits) → \(afterSummary.unmetVisits); "
            + "score \(Format.fixed(beforeSummary.score)) → \(Format.fixed(afterSummary.score))")
        let below = after.below(target).map(\.communityID)
        lines.append(below.isEmpty ? "after: every community meets the target \(Format.percent(target))"
            : "after: below target \(Format.percent(target)): " + below.joined(separator: ", "))
        if let mapPath { lines.append("map written to \(mapPath)") }
        return lines
    }

    /// The after-value, marked with its change: `95.0% (+3.1)`.
    static func arrow(_ before: Double?, _ after: Double?) -> String {
        guard let after else { return "n/a" }
        guard let before else { return Format.percent(after) }
        let delta = (after - before) * 100
        let sign = delta > 0.05 ? "+" : ""
        return Format.percent(after) + (abs(delta) < 0.05 ? "" : " (\(sign)\(Format.fixed(delta, 1)))")
    }
}
