import Foundation
import Hummingbird
import LinliKit
import LinliModel
import LinliPlan

/// `/planner/plan`: choose `k` of the uploaded candidate sites (service_points.csv columns) to add to the
/// existing points so the most household weight is covered, with the upper bound that says how far from
/// the best the choice can be. It runs while the request waits, so `k` is capped at ``maxK``.
enum SitePlanPage {
    /// The largest `k` the console plans for.
    static let maxK = 10

    struct PageData {
        var csrf: String
        var week: String
        var k: String
        var maxK: Int
        var report: UploadReport?
        var result: Result?
    }

    struct Result {
        var figures: [String]
        var table: PlannerTable
        var svg: String
    }

    static func show(_ page: PageRequest) async throws -> Response {
        let week = try page.selectedWeek() ?? ISOWeek(containing: page.console.configuration.today)
        return try render(page, PageData(csrf: page.session.csrfToken, week: week.description, k: "3", maxK: maxK))
    }

    static func plan(_ page: PageRequest) async throws -> Response {
        let form = page.form
        var data = PageData(csrf: page.session.csrfToken, week: form.value("week") ?? "", k: form.value("k") ?? "", maxK: maxK)
        guard let week = try? ISOWeek(parsing: data.week) else {
            data.report = UploadReport(refusal: "周的格式应为 2026-W48 (week)。")
            return try render(page, data)
        }
        guard let k = Int(data.k), (1...maxK).contains(k) else {
            data.report = UploadReport(refusal: "k 应为 1 到 \(maxK) 之间的整数 (number of sites)。")
            return try render(page, data)
        }
        let chosen: FormData.File?
        do {
            chosen = try form.upload("candidates", named: "candidates", "points")
        } catch {
            data.report = UploadReport(error)
            return try render(page, data)
        }
        guard let candidates = chosen else {
            data.report = UploadReport(refusal: "请上传候选网点文件 (candidates, service_points.csv columns)。")
            return try render(page, data)
        }
        // An empty or absent choice is the default; anything else must name a weight.
        let asked = form.value("weight") ?? ""
        guard let weight = asked.isEmpty ? PlanWeight.demand : PlanWeight(rawValue: asked) else {
            data.report = UploadReport(refusal: "weight 应为 demand 或 households (the plan's weight)。")
            return try render(page, data)
        }
        do {
            let outcome = try StagedFiles.with(["candidates.csv": Data(candidates.bytes)]) { paths in
                var request = CoveragePlanRequest(week: week, candidatesFile: paths["candidates.csv"] ?? "", k: k, weight: weight)
                request.embedMap = true
                return try page.workspace.planCoverage(request)
            }
            let table = table(outcome)
            ResultStash.shared.keep(table, fileName: "plan-\(week)-k\(k).csv", kind: "plan", session: page.session.csrfToken)
            let p = outcome.plan
            data.result = Result(
                figures: [
                    "覆盖权重 (covered) \(p.coveredWeight) / \(p.totalWeight)（原有网点 \(p.existingCoveredWeight)）",
                    "上界 (upper bound) \(p.upperBound)" + (p.isOptimal ? "：已是最优 (optimal)" : "：差距至多 \(p.upperBound - p.coveredWeight)"),
                    "\(outcome.candidateCount) 个候选中选 \(k) 个，方法 \(p.method.rawValue)，用时 \(String(format: "%.2f", outcome.seconds)) s",
                ],
                table: table, svg: outcome.mapSVG ?? "")
        } catch let error as DiagnosticsError {
            data.report = UploadReport(error)
        }
        return try render(page, data)
    }

    static func csv(_ page: PageRequest) async throws -> Response {
        guard let latest = ResultStash.shared.latest(kind: "plan", session: page.session.csrfToken) else { throw ConsoleHTTPError.notFound }
        return latest.table.csv(fileName: latest.fileName)
    }

    private static func render(_ page: PageRequest, _ data: PageData) throws -> Response {
        try page.render(
            "planner-plan", title: "选址 (site planning)", data, status: data.report.map { $0.saved ? .ok : .unprocessableContent } ?? .ok)
    }

    /// The chosen sites in the order they add most, with their gains, then the totals and the bound.
    static func table(_ o: CoveragePlanOutcome) -> PlannerTable {
        let p = o.plan
        let share = { (x: Int) in p.totalWeight == 0 ? "n/a" : PlannerTable.percent(Double(x) / Double(p.totalWeight)) }
        let rows = p.gains.map { [$0.id, "\($0.gain)", share($0.gain)] }
            + [["covered", "\(p.coveredWeight)", share(p.coveredWeight)], ["upper_bound", "\(p.upperBound)", share(p.upperBound)],
               ["total", "\(p.totalWeight)", "100.0%"]]
        return PlannerTable([("site", "网点 (site)"), ("weight", "权重 (weight)"), ("share", "占比 (share)")], numeric: ["weight"], rows: rows)
    }
}
