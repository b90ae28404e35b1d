import Foundation
import GRDB

/// A row of `login_failures`: one refused password for a login name.
struct LoginFailureRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "login_failures"

    var name: String
    var at: Date

    enum Columns {
        static let name = Column(CodingKeys.name)
        static let at = Column(CodingKeys.at)
    }
}
