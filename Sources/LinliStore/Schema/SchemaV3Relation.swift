import GRDB

/// Migration "v3-relation": stable service relationships week to week.
///
/// A run records which run of the week before gave its demands their last workers (`last_week_run`, null
/// when that week had no published roster), so `check` recounts the relationship figures against that very
/// version even after the week before is replanned; and it stores the two counts of its summary. Runs stored
/// before had no such term in their score and record none. Like "v2-replan" it adds columns only, so an
/// older binary is refused by the unknown migration name rather than by `PRAGMA user_version`. Frozen once shipped.
enum SchemaV3Relation {
    static let identifier = "v3-relation"

    static func migrate(_ db: Database) throws {
        try db.alter(table: "runs") { t in
            t.add(column: "last_week_run", .integer).references("runs", onDelete: .setNull)
            t.add(column: "relationship_visits", .integer).notNull().defaults(to: 0)
            t.add(column: "relationship_possible", .integer).notNull().defaults(to: 0)
        }
    }
}
