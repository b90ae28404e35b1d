import Foundation
import LinliDataset
import LinliModel
import LinliPlan
import LinliStore

extension Workspace {
    /// `linli coverage`: reach per community and district-wide, and service from the week's published
    /// roster (the latest published week when none is asked for); optionally the SVG map.
    /// - Throws: `KitError` for a missing database or dataset, or a week without a published roster.
    /// - Complexity: O(h log h + d + a) plus the reach queries (see ``Reach``).
    public func coverage(_ request: CoverageRequest) throws -> CoverageOutcome {
        let database = try existingDatabase()
        let dataset = try loadDataset(from: database)
        let week = try request.week ?? database.publishedWeeks().max()
        var roster: Roster?
        if let week {
            roster = try database.publishedRoster(week: week)
            if roster == nil, request.week != nil { throw KitError.noRoster(week: week) }
        }
        let reportWeek = week ?? ISOWeek(containing: Day(ordinal: 0))
        let report = CoverageReport(dataset: dataset, week: reportWeek, roster: roster)
        var outcome = CoverageOutcome(report: report, target: request.target, rosterWeek: roster == nil ? nil : week, mapPath: request.mapPath)
        if request.mapPath != nil || request.embedMap {
            let map = CoverageMap(
                dataset: dataset, report: report, title: "社区家政网点覆盖 Service-point coverage",
                subtitle: Self.mapSubtitle(report, week: outcome.rosterWeek, target: request.target), target: request.target)
            outcome.mapSVG = try Self.deliverMap(map, to: request.mapPath, embed: request.embedMap)
        }
        return outcome
    }

    /// "District reach 93.2% · service 81.0% (2026-W48) · target 90.0% · 12 points".
    static func mapSubtitle(_ report: CoverageReport, week: ISOWeek?, target: Double, extra: String = "") -> String {
        "District reach \(CoverageOutcome.ratio(report.districtReach))"
            + " · service \(CoverageOutcome.ratio(report.districtService))\(week.map { " (\($0))" } ?? "")"
            + " · target \(Format.percent(target))" + extra
    }

    /// Writes the map's SVG atomically to `path`, if any; returns the SVG text when `embed`.
    static func deliverMap(_ map: CoverageMap, to path: String?, embed: Bool) throws -> String? {
        let svg = map.svg()
        if let path { try OutputFile.write(svg, to: path) }
        return embed ? svg : nil
    }
}
