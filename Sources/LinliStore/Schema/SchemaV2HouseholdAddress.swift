import GRDB

/// Migration "v2-household-address": the optional `address` of a household, the text a worker needs
/// at the door. Existing households get none. Frozen once shipped, like every migration.
enum SchemaV2HouseholdAddress {
    static let identifier = "v2-household-address"

    static func migrate(_ db: Database) throws {
        try db.alter(table: "households") { t in
            t.add(column: "address", .text)
        }
        try db.execute(sql: "PRAGMA user_version = 2")
    }
}
