import Foundation
import Hummingbird
import LinliKit
import LinliModel
import LinliStore

/// `/planner/runs`: every stored roster run, newest first, with its score, its upper bound and the gap
/// between them; for planners and admins.
enum RunsPage {
    static func show(_ page: PageRequest) async throws -> Response {
        let runs = try page.workspace.runs(week: try week(page))
        return try page.render("planner-runs", title: "运行记录 (runs)", ["table": table(runs), "count": "\(runs.count)"] as [String: Any])
    }

    static func csv(_ page: PageRequest) async throws -> Response {
        table(try page.workspace.runs(week: try week(page))).csv(fileName: "runs.csv")
    }

    private static func week(_ page: PageRequest) throws -> ISOWeek? {
        guard let text = page.query("week"), !text.isEmpty else { return nil }
        return try page.selectedWeek()
    }

    static func table(_ runs: [RunInfo]) -> PlannerTable {
        let rows = runs.map { r in
            [
                "\(r.id)", "\(r.week)", "\(r.version)", r.replan.map { "\($0.from)" } ?? "", r.createdAt.formatted(.iso8601),
                "\(r.options.seed)", String(format: "%.1f", r.options.timeLimit), String(format: "%.2f", r.score),
                r.upperBound.map { String(format: "%.2f", $0) } ?? "", r.upperBound.map { String(format: "%.2f", $0 - r.score) } ?? "",
                PlannerTable.percent(r.fillRate), "\(r.assignedVisits)", "\(r.unmetVisits)", String(format: "%.2f", r.seconds),
                r.published ? "published" : "",
            ]
        }
        return PlannerTable(
            [("run_id", "运行"), ("week", "周 (week)"), ("version", "版本"), ("replan_from", "重排自 (replan)"), ("created_at", "时间"),
             ("seed", "种子 (seed)"), ("time_limit", "时限 s"), ("score", "得分 (score)"), ("upper_bound", "上界 (bound)"), ("gap", "差距 (gap)"),
             ("fill_rate", "完成率 (fill)"), ("assigned_visits", "已排"), ("unmet_visits", "未排"), ("seconds", "用时 s"), ("published", "发布")],
            numeric: ["run_id", "version", "seed", "time_limit", "score", "upper_bound", "gap", "assigned_visits", "unmet_visits", "seconds"],
            rows: rows)
    }
}
