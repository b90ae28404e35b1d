import Foundation
import GRDB
import LinliModel

/// A row of `credit_changes`: the audit trail of `linli credit set`.
struct CreditChangeRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "credit_changes"

    var id: Int64?
    var subject: String
    var subjectID: String
    var before: String
    var after: String
    var reason: String
    var changedBy: String
    var changedAt: Date

    enum CodingKeys: String, CodingKey {
        case id, subject, subjectID = "subject_id", before, after, reason, changedBy = "changed_by"
        case changedAt = "changed_at"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

extension CreditChangeRecord {
    init(_ c: CreditChange) {
        self.init(
            id: nil, subject: c.subject.rawValue, subjectID: c.subjectID, before: c.before.rawValue,
            after: c.after.rawValue, reason: c.reason, changedBy: c.changedBy, changedAt: c.changedAt)
    }

    func model() throws -> CreditChange {
        let table = Self.databaseTableName
        return CreditChange(
            subject: try StoredValue.code(subject, table, "subject"), subjectID: subjectID,
            before: try StoredValue.code(before, table, "before"), after: try StoredValue.code(after, table, "after"),
            reason: reason, changedBy: changedBy, changedAt: changedAt)
    }
}
