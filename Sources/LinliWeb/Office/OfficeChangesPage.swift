import Hummingbird
import LinliDataset
import LinliKit
import LinliModel

/// `/office/jobs/{job}`: a roster or replan job started from the absences page — its progress while it runs,
/// then what it changed for the community's households; `/office/changes?run=N`: the changes of any replan
/// run, with the changes.csv download (the rows of the community's demands).
enum OfficeChangesPage {
    static let title = "重排结果 (replan)"

    static func job(_ page: PageRequest) async throws -> Response {
        let selection = try OfficeSelection.load(page)
        guard let id = page.parameter("job").flatMap({ Int($0) }),
              let job = page.console.jobs.job(id, visibleTo: page.scope)
        else { throw ConsoleHTTPError.notFound }
        var data = JobsPage.progress(job)
        data["query"] = selection.query(page)
        data["showProgress"] = true
        if let runID = job.outcome?.runID {
            if let changes = try page.workspace.changes(runID: runID, community: selection.community) {
                try data.merge(table(page, changes, selection), uniquingKeysWith: { _, new in new })
            } else {
                data["rostered"] = true
            }
            data["lines"] = job.outcome?.lines.joined(separator: "\n") ?? ""
        }
        return try page.render("office-changes", title: job.title, data)
    }

    static func show(_ page: PageRequest) async throws -> Response {
        let selection = try OfficeSelection.load(page)
        let changes = try load(page, selection)
        var data = try table(page, changes, selection)
        data["query"] = selection.query(page)
        return try page.render("office-changes", title: title, data)
    }

    static func csv(_ page: PageRequest) async throws -> Response {
        let selection = try OfficeSelection.load(page)
        let changes = try load(page, selection)
        return CSVDownload.response(
            fileName: "changes-run\(changes.runID)-\(selection.community).csv", header: RosterFiles.changeColumns,
            rows: changes.csvRows)
    }

    /// The community's changes of the `run` query item; 404 when the run is no replan.
    static func load(_ page: PageRequest, _ selection: OfficeSelection) throws -> CommunityChanges {
        guard let runID = page.query("run").flatMap({ Int64($0) }),
              let changes = try page.workspace.changes(runID: runID, community: selection.community)
        else { throw ConsoleHTTPError.notFound }
        return changes
    }

    /// The changes table's data: counts by kind, one row per changed visit (kept ones last), the download link.
    static func table(_ page: PageRequest, _ changes: CommunityChanges, _ selection: OfficeSelection) throws -> [String: Any] {
        let lookup = try page.dataset().lookup
        let worker = { (id: String?) in id.map { lookup.workers[$0]?.name ?? $0 } ?? "" }
        let ordered = changes.changes.filter { $0.kind != .kept } + changes.changes.filter { $0.kind == .kept }
        return [
            "hasChanges": true,
            "from": changes.from.description,
            "runID": changes.runID,
            "replaced": changes.replacedRunID,
            "csv": "/office/changes.csv?run=\(changes.runID)&\(selection.query(page))",
            "counts": changes.counts.map { ["kind": $0.kind.rawValue, "name": kindName($0.kind), "count": $0.count] },
            "rows": ordered.map { c -> [String: Any] in
                let household = lookup.household(ofDemand: c.visit.demandID)
                return [
                    "date": "\(c.visit.date) \(OfficeRosterPage.weekdayName(c.visit.date.weekday))",
                    "household": household?.id ?? "", "address": household?.address ?? "", "demand": c.visit.demandID,
                    "before": c.before.map { "\(worker($0.workerID)) \($0.start)" } ?? "",
                    "after": c.after.map { "\(worker($0.workerID)) \($0.start)" } ?? "",
                    "kind": c.kind.rawValue, "kindName": kindName(c.kind), "changed": c.kind != .kept,
                ]
            },
            "hasRows": !changes.changes.isEmpty,
        ]
    }

    /// The change's name for a clerk, with its code.
    static func kindName(_ kind: RosterChangeKind) -> String {
        switch kind {
        case .kept: "不变 (kept)"
        case .moved: "改时间 (moved)"
        case .reassigned: "换人 (reassigned)"
        case .dropped: "未能安排 (dropped)"
        case .cancelled: "已取消 (cancelled)"
        case .added: "新安排 (added)"
        }
    }
}
