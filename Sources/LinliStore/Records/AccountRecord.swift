import Foundation
import GRDB

/// A row of `users`: one console account and its bcrypt password hash.
struct AccountRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "users"

    var id: Int64?
    var name: String
    var role: String
    var communityID: String?
    var enterpriseID: String?
    var passwordHash: String
    var createdAt: Date

    enum CodingKeys: String, CodingKey {
        case id, name, role, communityID = "community_id", enterpriseID = "enterprise_id"
        case passwordHash = "password_hash", createdAt = "created_at"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let name = Column(CodingKeys.name)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    func model() throws -> ConsoleAccount {
        ConsoleAccount(
            id: id ?? 0, name: name, role: try StoredValue.code(role, Self.databaseTableName, "role"),
            communityID: communityID, enterpriseID: enterpriseID)
    }
}
