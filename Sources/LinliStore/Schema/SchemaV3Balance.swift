import GRDB

/// Migration "v3-balance": `runs.balance` records whether a run spread the work with `--balance`; runs stored
/// before did not (0). Frozen once shipped.
enum SchemaV3Balance {
    static let identifier = "v3-balance"

    static func migrate(_ db: Database) throws {
        try db.alter(table: "runs") { t in
            t.add(column: "balance", .boolean).notNull().defaults(to: false)
        }
    }
}
