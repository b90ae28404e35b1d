import Hummingbird
import LinliDataset
import LinliKit
import LinliModel

/// `/office/demands`: the community's households and their demands, ``pageSize`` table rows at a time (`?page=`),
/// the demands.csv download, and the upload that validates a demands.csv as `linli import` does, kept to the
/// community, all or nothing.
enum OfficeDemandsPage {
    static let title = "需求清单 (demands)"
    /// The table rows on one page: one per demand, and one for each household without any.
    static let pageSize = 200
    /// The upload form's file field.
    static let fileField = "file"

    static func show(_ page: PageRequest) async throws -> Response {
        try render(page, try OfficeSelection.load(page))
    }

    static func csv(_ page: PageRequest) async throws -> Response {
        let selection = try OfficeSelection.load(page)
        let list = try page.workspace.communityDemands(community: selection.community)
        return CSVDownload.response(
            fileName: "demands-\(selection.community).csv", header: DatasetFile.demands.columns,
            rows: list.csvRows, numeric: DatasetFile.demands.numericColumns)
    }

    /// Stores an uploaded demands.csv, or shows every problem at its line with nothing stored (422).
    static func upload(_ page: PageRequest) async throws -> Response {
        let selection = try OfficeSelection.load(page)
        do {
            guard let file = try page.form.upload(fileField, named: "demands") else {
                return try render(page, selection, message: "请选择要上传的 demands.csv 文件 (no file)。", status: .unprocessableContent)
            }
            let summary = try page.workspace.importDemands(
                file.bytes, community: selection.community, maxRows: page.console.configuration.maxDemandRows)
            let count = summary.changes.first?.count ?? ChangeCount()
            try page.audit(
                "demand.import",
                "\(selection.community) \(file.fileName): \(count.added) added, \(count.changed) changed, \(count.unchanged) unchanged")
            return try render(page, selection, summary: summary)
        } catch let error as DiagnosticsError {
            return try render(
                page, selection, message: "文件有 \(error.errors.count) 处错误，没有保存任何内容 (nothing saved)。",
                diagnostics: error.diagnostics, status: .unprocessableContent)
        }
    }

    static func render(
        _ page: PageRequest, _ selection: OfficeSelection, message: String? = nil, summary: ImportSummary? = nil,
        diagnostics: [Diagnostic] = [], status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let list = try page.workspace.communityDemands(community: selection.community)
        let byHousehold = list.demandsByHousehold
        let query = selection.query(page)
        let lines = list.households.flatMap { household in
            (byHousehold[household.id].map { $0.map(Optional.some) } ?? [nil]).map { (household, $0) }
        }
        let window = PageWindow(requested: page.query("page"), total: lines.count, size: pageSize)
        var data: [String: Any] = [
            "community": selection.communityName,
            "communities": try page.communityOptions(selected: selection.community),
            "pickCommunity": page.scope == .all,
            "query": query,
            "csrf": page.session.csrfToken,
            "households": list.households.count,
            "demandCount": list.demands.count,
            "rows": lines[window.range].map { household, demand -> [String: Any] in
                var row = demand.map(Self.row) ?? ["none": true]
                row["household"] = household.id
                row["historyHref"] = "/office/households/\(household.id)/history" + (page.scope == .all ? "?community=\(selection.community)" : "")
                row["address"] = household.address ?? ""
                // Only a priority household gets the key: Mustache shows a section for any value, "" included.
                if household.priorityGroup != .none { row["priority"] = household.priorityGroup.chineseName }
                return row
            },
            "diagnostics": DiagnosticTable.data(diagnostics),
        ]
        data["pager"] = window.pager(linkingTo: "/office/demands?\(query)")
        if let message { data["message"] = message }
        if let summary {
            data["saved"] = summary.wrote ? "已保存 (saved)。" : "没有变化 (nothing to change)：数据库里已经是这些需求。"
            data["changes"] = summary.changes.map {
                ["file": $0.file.rawValue, "added": $0.count.added, "changed": $0.count.changed, "unchanged": $0.count.unchanged]
            }
            data["diagnostics"] = DiagnosticTable.data(summary.warnings)
        }
        return try page.render("office-demands", title: title, data, status: status)
    }

    /// One demand as a table row.
    static func row(_ d: Demand) -> [String: Any] {
        let when = switch d.recurrence {
        case .weekly: "每周 " + d.weekdays.map { OfficeRosterPage.weekdayName($0) }.joined(separator: "、")
        case .once: "单次 " + (d.date?.description ?? "")
        }
        return [
            "id": d.id, "category": d.category.chineseName, "mode": d.mode.rawValue, "minutes": d.minutes, "when": when,
            "window": "\(d.windowStart)–\(d.windowEnd)", "maxPrice": d.maxPrice?.description ?? "",
            "preferred": d.preferredWorkerID ?? "",
        ]
    }
}
