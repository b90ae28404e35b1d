import GRDB

/// Migration "v2-replan": roster versions and replan runs.
///
/// Every run of a week gets its version number (the N-th run published for the week; existing runs are
/// numbered in the order they were stored). A replan run records its replan date, the run it replaced,
/// its stability count and what it changed; `unmet_past` counts the new reason code. Frozen once shipped.
enum SchemaV2Replan {
    static let identifier = "v2-replan"

    static func migrate(_ db: Database) throws {
        try db.alter(table: "runs") { t in
            t.add(column: "version", .integer)
            t.add(column: "replan_from", .text)
            t.add(column: "replaces_run", .integer).references("runs", onDelete: .setNull)
            t.add(column: "stable_visits", .integer).notNull().defaults(to: 0)
            t.add(column: "kept_visits", .integer)
            t.add(column: "changed_visits", .integer)
            t.add(column: "new_visits", .integer)
            t.add(column: "unmet_past", .integer).notNull().defaults(to: 0)
        }
        try db.execute(sql: """
            UPDATE runs SET version = (SELECT COUNT(*) FROM runs AS earlier WHERE earlier.week = runs.week AND earlier.id <= runs.id)
            """)
        try db.create(index: "runs_on_week_version", on: "runs", columns: ["week", "version"], unique: true)
    }
}
