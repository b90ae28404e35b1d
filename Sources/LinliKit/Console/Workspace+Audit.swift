import Foundation
import LinliStore

extension Workspace {
    /// Appends one change made by `account` to the audit log, its details made printable (``printable(_:)``):
    /// they may quote what a user typed or the name of a file they uploaded.
    public func audit(_ account: ConsoleAccount, action: String, details: String, at now: Date = Date()) throws {
        try existingDatabase().appendAudit(AuditEntry(
            at: now, accountID: account.id, accountName: account.name, action: action, details: Self.printable(details)))
    }

    /// The audit log, newest first.
    public func auditLog(limit: Int = 200, offset: Int = 0) throws -> [AuditEntry] {
        try existingDatabase().auditLog(limit: limit, offset: offset)
    }
}
