import GRDB

/// Migration "v2": what ended a run's search and how its upper bound was obtained.
///
/// Runs stored before it were always ended by the work budget and bounded by the flow relaxation, which
/// the column defaults record. Frozen — never edit it once shipped.
enum SchemaV2 {
    static func migrate(_ db: Database) throws {
        try db.alter(table: "runs") { t in
            t.add(column: "stopped_by", .text).notNull().defaults(to: "budget")
            t.add(column: "bound_method", .text).notNull().defaults(to: "flow")
        }
        try db.execute(sql: "PRAGMA user_version = 2")
    }
}
