import Hummingbird
import Foundation
import LinliKit
import LinliStore

/// `/admin/batch`: how far the weeks of the district are rostered — per week the runs stored, the version
/// published and its figures — as `linli batch` leaves them.
enum BatchStatusPage {
    static func show(_ page: PageRequest) async throws -> Response {
        let table = try table(page)
        return try page.render("admin-batch", title: "批量排班状态 (batch status)", ["table": table, "weeks": "\(table.rows.count)"] as [String: Any])
    }

    static func csv(_ page: PageRequest) async throws -> Response {
        try table(page).csv(fileName: "batch-status.csv")
    }

    /// One row per week with runs, newest week first.
    static func table(_ page: PageRequest) throws -> PlannerTable {
        let byWeek = Dictionary(grouping: try page.workspace.runs(week: nil), by: \.week)
        let rows = byWeek.keys.sorted(by: >).map { week -> [String] in
            let runs = byWeek[week] ?? []
            guard let published = runs.first(where: \.published) else { return ["\(week)", "\(runs.count)", "", "not published", "", "", ""] }
            return ["\(week)", "\(runs.count)", "\(published.version)", "published", PlannerTable.percent(published.fillRate),
                    "\(published.unmetVisits)", published.createdAt.formatted(.iso8601)]
        }
        return PlannerTable(
            [("week", "周 (week)"), ("runs", "运行数"), ("version", "发布版本"), ("state", "状态 (state)"), ("fill_rate", "完成率 (fill)"),
             ("unmet_visits", "未排"), ("published_at", "发布时间")],
            numeric: ["runs", "version", "unmet_visits"], rows: rows, warn: { r, c in c == 3 && rows[r][3] != "published" })
    }
}
