import Foundation
import GRDB

/// A row of `sessions`: a signed-in browser, found by its cookie's selector and proven by its verifier.
struct SessionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "sessions"

    var selector: String
    var verifierHash: String
    var userID: Int64
    var csrfToken: String
    var createdAt: Date
    var expiresAt: Date

    enum CodingKeys: String, CodingKey {
        case selector, verifierHash = "verifier_hash", userID = "user_id", csrfToken = "csrf_token"
        case createdAt = "created_at", expiresAt = "expires_at"
    }

    enum Columns {
        static let selector = Column(CodingKeys.selector)
        static let userID = Column(CodingKeys.userID)
        static let expiresAt = Column(CodingKeys.expiresAt)
    }
}
