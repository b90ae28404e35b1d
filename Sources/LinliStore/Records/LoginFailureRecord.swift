import Foundation
import GRDB

/// A row of `login_failures`: one refused password for a login name, from one client.
struct LoginFailureRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "login_failures"

    var name: String
    var at: Date
    /// The address the attempt came from ("" when unknown, and for rows stored before "v6-login-clients").
    var client: String

    enum Columns {
        static let name = Column(CodingKeys.name)
        static let at = Column(CodingKeys.at)
        static let client = Column(CodingKeys.client)
    }
}
