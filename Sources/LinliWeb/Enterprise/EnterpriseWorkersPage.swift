import Foundation
import Hummingbird
import LinliKit
import LinliModel

/// `/enterprise/workers`: the enterprise's workers with their papers — certificate, health check, training —
/// flagged when due within 30 days or expired, the workers.csv upload, and a link to each one's route sheet.
enum EnterpriseWorkersPage {
    struct Paper {
        var until: String
        var label: String
        var attention: Bool
    }

    struct Row {
        var id: String
        var name: String
        var employment: String
        var pointID: String
        var credit: String
        var certificate: Paper
        var healthCheck: Paper
        var training: Paper
        var attention: Bool
        var routeHref: String
    }

    struct Data {
        var enterprise: EnterpriseSelection
        var csrf: String
        var on: String
        var rows: [Row]
        var count: Int
        var attention: Int
        var anyAttention: Bool
        var warningDays: Int
        var report: UploadReport?
    }

    static let header = [
        "worker_id", "name", "employment", "point_id", "credit", "certificate_until", "certificate_state",
        "health_check_valid_until", "health_check_state", "training_valid_until", "training_state",
    ]

    static func show(_ page: PageRequest) async throws -> Response {
        try render(page, EnterpriseSelection(page), report: nil)
    }

    static func upload(_ page: PageRequest) async throws -> Response {
        let selection = try EnterpriseSelection(page)
        let report = try UploadReport.importing(page, as: .workers, enterprise: selection.id)
        return try render(page, selection, report: report)
    }

    static func csv(_ page: PageRequest) async throws -> Response {
        let selection = try EnterpriseSelection(page)
        let workers = try page.workspace.enterpriseWorkers(selection.id, on: try OrgDates.day(page))
        let rows = workers.map { w in
            [w.worker.id, w.worker.name, w.worker.employment.rawValue, w.worker.pointID, w.worker.credit.rawValue]
                + WorkerPapers.Kind.allCases.flatMap { kind in
                    let paper = w.paper(kind)
                    return [paper?.validUntil?.description ?? "", paper?.state.rawValue ?? ""]
                }
        }
        return CSVDownload.response(fileName: "workers-\(selection.id).csv", header: header, rows: rows)
    }

    private static func render(_ page: PageRequest, _ selection: EnterpriseSelection, report: UploadReport?) throws -> Response {
        let day = try OrgDates.day(page)
        let workers = try page.workspace.enterpriseWorkers(selection.id, on: day)
        let rows = workers.map { w in
            let paper = { (kind: WorkerPapers.Kind) in Self.paper(w.paper(kind)) }
            let path = "/enterprise/workers/\(OrgDates.pathComponent(w.worker.id))/route" + selection.query
            return Row(
                id: w.worker.id, name: w.worker.name, employment: w.worker.employment == .employee ? "员工制 (employee)" : "中介 (intermediary)",
                pointID: w.worker.pointID, credit: w.worker.credit.rawValue, certificate: paper(.certificate),
                healthCheck: paper(.healthCheck), training: paper(.training), attention: w.needsAttention, routeHref: path)
        }
        let data = Data(
            enterprise: selection, csrf: page.session.csrfToken, on: day.description, rows: rows, count: rows.count,
            attention: rows.filter(\.attention).count, anyAttention: rows.contains(where: \.attention), warningDays: WorkerPapers.warningDays, report: report)
        return try page.render(
            "enterprise-workers", title: "服务员 (workers) · \(selection.name)", data,
            status: report.map { $0.saved ? .ok : .unprocessableContent } ?? .ok)
    }

    static func paper(_ paper: WorkerPapers.Paper?) -> Paper {
        guard let paper else { return Paper(until: "", label: "", attention: true) }
        let label = switch paper.state {
        case .valid: "有效 (valid)"
        case .dueSoon: "\(paper.daysLeft ?? 0) 天后到期 (due)"
        case .expired: "已过期 (expired)"
        case .missing: "无 (missing)"
        }
        return Paper(until: paper.validUntil?.description ?? "—", label: label, attention: paper.state != .valid)
    }
}
