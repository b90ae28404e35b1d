import Foundation
import GRDB

extension AppDatabase {
    /// Appends `entry` to the audit log.
    public func appendAudit(_ entry: AuditEntry) throws {
        try write { db in try AuditRecord(entry).insert(db) }
    }

    /// The audit log, newest first, `limit` entries after skipping `offset`.
    public func auditLog(limit: Int, offset: Int = 0) throws -> [AuditEntry] {
        try read { db in
            try AuditRecord.order(AuditRecord.Columns.id.desc).limit(max(0, limit), offset: max(0, offset)).fetchAll(db).map(\.model)
        }
    }
}
