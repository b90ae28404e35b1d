import Foundation
import Hummingbird
import LinliKit
import LinliStore

/// `/admin/audit`: the audit log, newest first, a page of ``pageSize`` entries at a time (`?page=`).
enum AuditPage {
    static let pageSize = 200
    /// The highest page number read; past it `?page=` means this page (its offset stays far from overflowing).
    static let lastPage = Int(Int32.max) / pageSize

    struct Row {
        var at: String
        var who: String
        var action: String
        var details: String
    }

    struct PageData {
        var rows: [Row]
        var page: Int
        var next: Int?
        var previous: Int?
    }

    static func show(_ page: PageRequest) async throws -> Response {
        // Clamped so that the offset cannot overflow: a page past the log's end is simply empty.
        let number = min(max(1, page.query("page").flatMap(Int.init) ?? 1), lastPage)
        let entries = try page.workspace.auditLog(limit: pageSize + 1, offset: (number - 1) * pageSize)
        let data = PageData(
            rows: entries.prefix(pageSize).map(row), page: number, next: entries.count > pageSize ? number + 1 : nil,
            previous: number > 1 ? number - 1 : nil)
        return try page.render("admin-audit", title: "审计日志 (audit log)", data)
    }

    static func csv(_ page: PageRequest) async throws -> Response {
        let rows = try page.workspace.auditLog(limit: Int(Int32.max)).map(row).map { [$0.at, $0.who, $0.action, $0.details] }
        return CSVDownload.response(fileName: "audit.csv", header: ["at", "account", "action", "details"], rows: rows)
    }

    static func row(_ e: AuditEntry) -> Row {
        Row(at: e.at.formatted(.iso8601), who: e.accountName, action: e.action, details: e.details)
    }
}
