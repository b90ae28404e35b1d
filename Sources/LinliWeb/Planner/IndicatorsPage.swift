import Hummingbird
import LinliKit
import LinliPlan

/// `/planner/indicators`: the 领跑者 indicators of the district on a date (`?on=`, default today), each
/// against its Hangzhou target.
enum IndicatorsPage {
    struct Data {
        var on: String
        var missed: Int
        var total: Int
        var table: PlannerTable
    }

    static func show(_ page: PageRequest) async throws -> Response {
        let outcome = try page.workspace.indicators(IndicatorsRequest(date: OrgDates.day(page)))
        let data = Data(
            on: outcome.sheet.date.description, missed: outcome.sheet.missed.count, total: outcome.sheet.rows.count, table: table(outcome))
        return try page.render("planner-indicators", title: "领跑者指标 (indicators)", data)
    }

    static func csv(_ page: PageRequest) async throws -> Response {
        let outcome = try page.workspace.indicators(IndicatorsRequest(date: OrgDates.day(page)))
        return table(outcome).csv(fileName: "indicators-\(outcome.sheet.date).csv")
    }

    static func table(_ outcome: IndicatorsOutcome) -> PlannerTable {
        let rows = outcome.sheet.rows.map { row in
            [row.indicator.rawValue, row.indicator.title, row.valueText, row.target?.description ?? "",
             row.isMet.map { $0 ? "met" : "missed" } ?? ""]
        }
        return PlannerTable(
            [("indicator", "指标编号"), ("title", "指标 (indicator)"), ("value", "数值 (value)"), ("target", "目标 (target)"), ("status", "达标")],
            rows: rows, warn: { r, c in c == 4 && rows[r][4] == "missed" })
    }
}
