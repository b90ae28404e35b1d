import Foundation
import Hummingbird
import LinliDataset
import LinliKit
import LinliModel

/// `/planner/whatif`: coverage before and after new service points (an uploaded service_points.csv, or one
/// point typed into the form) and staffing changes (an uploaded staff.csv), each week rostered in memory
/// with the same options; the database is not changed. The result's table downloads as CSV.
enum WhatIfPage {
    /// The form's point fields, in service_points.csv columns.
    static let pointFields = DatasetFile.servicePoints.columns
    /// Seconds each of the two in-memory rosters may take unless the form asks for fewer (`time_limit`).
    static let timeLimit = 3.0

    struct Field {
        var name: String
        var value: String
    }

    struct PageData {
        var csrf: String
        var week: String
        var fields: [Field]
        var report: UploadReport?
        var result: Result?
    }

    struct Result {
        var summary: [String]
        var table: PlannerTable
        var svg: String
    }

    static func show(_ page: PageRequest) async throws -> Response {
        let week = try page.selectedWeek() ?? ISOWeek(containing: page.console.configuration.today)
        return try render(page, week: week.description, report: nil, result: nil)
    }

    static func simulate(_ page: PageRequest) async throws -> Response {
        let form = page.form
        let weekText = form.value("week") ?? ""
        guard let week = try? ISOWeek(parsing: weekText) else {
            return try render(page, week: weekText, report: UploadReport(refusal: "周的格式应为 2026-W48 (week)。"), result: nil)
        }
        var files: [String: Foundation.Data] = [:]
        let points: FormData.File?, staff: FormData.File?
        do {
            points = try form.upload("points", named: "points")
            staff = try form.upload("staff", named: "staff")
        } catch {
            return try render(page, week: weekText, report: UploadReport(error), result: nil)
        }
        if let points {
            files["service_points.csv"] = Data(points.bytes)
        } else if !(form.value("point_id") ?? "").isEmpty {
            let row = pointFields.map { form.value($0) ?? "" }
            files["service_points.csv"] = Data(PrintableCSV.text(header: pointFields, rows: [row], numeric: DatasetFile.servicePoints.numericColumns).utf8)
        } else {
            return try render(page, week: weekText, report: UploadReport(refusal: "请上传新网点文件或填写一个新网点 (new points)。"), result: nil)
        }
        if let staff { files["staff.csv"] = Data(staff.bytes) }
        let seconds = min(timeLimit, max(0.01, form.value("time_limit").flatMap(Double.init).flatMap { $0.isFinite ? $0 : nil } ?? timeLimit))
        do {
            let workspace = page.workspace, staged = files
            let simulation = try await page.console.simulations.run {
                try StagedFiles.with(staged) { paths in
                    var request = CoverageSimulationRequest(
                        week: week, pointsFile: paths["service_points.csv"] ?? "", staffFile: paths["staff.csv"],
                        options: RunOptions(timeLimit: seconds))
                    request.embedMap = true
                    // A planner sees no worker id, so may not name one (Docs/Console.md, "Planner pages").
                    request.movesNamedWorkers = page.account.role == .admin
                    return try workspace.simulateCoverage(request)
                }
            }
            let table = table(simulation)
            ResultStash.shared.keep(table, fileName: "whatif-\(week).csv", kind: "whatif", session: page.session.csrfToken)
            let summary = [
                "\(week)：新增 \(simulation.addedPoints.count) 个网点 (points)，调动 \(simulation.movedWorkers) 人，新招 \(simulation.hiredWorkers) 人（内存中排班，数据库不变）",
                "全区覆盖率 (reach) \(PlannerTable.percent(simulation.before.districtReach)) → \(PlannerTable.percent(simulation.after.districtReach))；"
                    + "服务率 (service) \(PlannerTable.percent(simulation.before.districtService)) → \(PlannerTable.percent(simulation.after.districtService))",
                "排班完成率 (fill) \(PlannerTable.percent(simulation.beforeSummary.fillRate)) → \(PlannerTable.percent(simulation.afterSummary.fillRate))；"
                    + "未排 \(simulation.beforeSummary.unmetVisits) → \(simulation.afterSummary.unmetVisits)",
            ]
            return try render(page, week: weekText, report: nil, result: Result(summary: summary, table: table, svg: simulation.mapSVG ?? ""))
        } catch let error as DiagnosticsError {
            return try render(page, week: weekText, report: UploadReport(error), result: nil)
        }
    }

    static func csv(_ page: PageRequest) async throws -> Response {
        guard let latest = ResultStash.shared.latest(kind: "whatif", session: page.session.csrfToken) else { throw ConsoleHTTPError.notFound }
        return latest.table.csv(fileName: latest.fileName)
    }

    private static func render(_ page: PageRequest, week: String, report: UploadReport?, result: Result?) throws -> Response {
        let fields = pointFields.map { Field(name: $0, value: page.form.value($0) ?? "") }
        let data = PageData(csrf: page.session.csrfToken, week: week, fields: fields, report: report, result: result)
        return try page.render(
            "planner-whatif", title: "模拟 (what-if)", data, status: report.map { $0.saved ? .ok : .unprocessableContent } ?? .ok)
    }

    /// Per community: reach and service before and after.
    static func table(_ s: CoverageSimulation) -> PlannerTable {
        let after = Dictionary(s.after.communities.map { ($0.communityID, $0) }, uniquingKeysWith: { a, _ in a })
        let rows = s.before.communities.map { b in
            [b.communityID, b.name, PlannerTable.percent(b.reach), PlannerTable.percent(after[b.communityID]?.reach),
             PlannerTable.percent(b.service), PlannerTable.percent(after[b.communityID]?.service)]
        } + [[
            "district", "全区", PlannerTable.percent(s.before.districtReach), PlannerTable.percent(s.after.districtReach),
            PlannerTable.percent(s.before.districtService), PlannerTable.percent(s.after.districtService),
        ]]
        return PlannerTable(
            [("community_id", "社区编号"), ("name", "社区"), ("reach_before", "覆盖率 前"), ("reach_after", "覆盖率 后"),
             ("service_before", "服务率 前"), ("service_after", "服务率 后")],
            rows: rows)
    }
}
