import Hummingbird
import LinliKit
import LinliPlan

/// `/planner/coverage`: reach and service of every community and of the district, against the 90% target,
/// with the SVG map inline (drawn on the server, no map tiles: households appear only as a density shade).
enum CoveragePage {
    struct Data {
        var week: String
        var target: String
        var districtReach: String
        var districtService: String
        var below: Int
        var table: PlannerTable
        var svg: String
        var csvHref: String
    }

    static func show(_ page: PageRequest) async throws -> Response {
        let outcome = try coverage(page, map: true)
        let data = Data(
            week: outcome.rosterWeek?.description ?? "（无已发布排班 no published roster）", target: PlannerTable.percent(outcome.target),
            districtReach: PlannerTable.percent(outcome.report.districtReach),
            districtService: PlannerTable.percent(outcome.report.districtService), below: outcome.report.below(outcome.target).count,
            table: table(outcome), svg: outcome.mapSVG ?? "",
            csvHref: "/planner/coverage.csv" + (outcome.rosterWeek.map { "?week=\($0)" } ?? ""))
        return try page.render("planner-coverage", title: "网点覆盖 (coverage)", data)
    }

    static func csv(_ page: PageRequest) async throws -> Response {
        let outcome = try coverage(page, map: false)
        return table(outcome).csv(fileName: "coverage-\(outcome.rosterWeek?.description ?? "reach").csv")
    }

    private static func coverage(_ page: PageRequest, map: Bool) throws -> CoverageOutcome {
        var request = CoverageRequest(week: try page.selectedWeek())
        request.embedMap = map
        return try page.workspace.coverage(request)
    }

    /// One row per community, then the district (weighted by official households).
    static func table(_ o: CoverageOutcome) -> PlannerTable {
        let rows = o.report.communities.map { c in
            [c.communityID, c.name, "\(c.officialHouseholds)", "\(c.listedHouseholds)", "\(c.reachedHouseholds)",
             PlannerTable.percent(c.reach), PlannerTable.percent(c.service), c.isBelow(o.target) ? "below" : "",
             c.mainUnmetReasons.prefix(3).map { "\($0.reason.rawValue) \($0.count)" }.joined(separator: ", ")]
        }
        let district = [
            "district", "全区 (weighted by official households)", "\(o.report.communities.reduce(0) { $0 + $1.officialHouseholds })",
            "\(o.report.communities.reduce(0) { $0 + $1.listedHouseholds })", "\(o.report.communities.reduce(0) { $0 + $1.reachedHouseholds })",
            PlannerTable.percent(o.report.districtReach), PlannerTable.percent(o.report.districtService), "", "",
        ]
        return PlannerTable(
            [("community_id", "社区编号"), ("name", "社区"), ("official_households", "户数 (official)"), ("listed_households", "在册户"),
             ("reached_households", "可达户 (reached)"), ("reach", "覆盖率 (reach)"), ("service", "服务率 (service)"),
             ("below_target", "未达标"), ("main_unmet_reasons", "主要未排原因 (reasons)")],
            numeric: ["official_households", "listed_households", "reached_households"], rows: rows + [district],
            warn: { r, c in c == 7 && r < rows.count && !rows[r][7].isEmpty })
    }
}
