import Foundation
import GRDB

/// A row of `audit_log`: one change made through the console.
struct AuditRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "audit_log"

    var at: Date
    var userID: Int64?
    var userName: String
    var action: String
    var details: String

    enum CodingKeys: String, CodingKey {
        case at, userID = "user_id", userName = "user_name", action, details
    }

    enum Columns {
        static let id = Column("id")
        static let at = Column(CodingKeys.at)
        static let userID = Column(CodingKeys.userID)
    }

    init(_ e: AuditEntry) {
        self.init(at: e.at, userID: e.accountID, userName: e.accountName, action: e.action, details: e.details)
    }

    init(at: Date, userID: Int64?, userName: String, action: String, details: String) {
        self.at = at
        self.userID = userID
        self.userName = userName
        self.action = action
        self.details = details
    }

    var model: AuditEntry {
        AuditEntry(at: at, accountID: userID, accountName: userName, action: action, details: details)
    }
}
