import Foundation
import GRDB
import LinliModel

extension AppDatabase {
    /// Sets the credit of a worker or an enterprise and writes the audit row, in one transaction.
    /// - Returns: the change written, or nil when no such worker or enterprise is stored.
    public func setCredit(
        of subject: CreditChange.Subject, id: String, to credit: Credit, reason: String, by person: String,
        at date: Date = Date()
    ) throws -> CreditChange? {
        try write { db in
            let table = subject == .worker ? WorkerRecord.databaseTableName : EnterpriseRecord.databaseTableName
            guard let text = try String.fetchOne(db, sql: "SELECT credit FROM \(table) WHERE id = ?", arguments: [id]) else {
                return nil
            }
            let before: Credit = try StoredValue.code(text, table, "credit")
            try db.execute(sql: "UPDATE \(table) SET credit = ? WHERE id = ?", arguments: [credit.rawValue, id])
            let change = CreditChange(
                subject: subject, subjectID: id, before: before, after: credit, reason: reason, changedBy: person,
                changedAt: date)
            var row = CreditChangeRecord(change)
            try row.insert(db)
            return change
        }
    }

    /// Every audited credit change, oldest first.
    public func creditChanges() throws -> [CreditChange] {
        try reader.read { db in
            try CreditChangeRecord.order(CreditChangeRecord.Columns.id).fetchAll(db).map { try $0.model() }
        }
    }
}
