import GRDB

/// The tables of service records (what happened at visits, with evaluations) and of the audit trail of
/// credit changes, created by migration "v2".
///
/// A record's `known_after_run` is the largest run id when the record last changed: runs with a
/// larger id were made knowing it, so `check` judges each run by the cancellations it could see.
enum ServiceRecordTables {
    static func create(_ db: Database) throws {
        try db.create(table: "service_records") { t in
            t.column("demand_id", .text).notNull().references("demands")
            t.column("date", .text).notNull()
            t.column("worker_id", .text).notNull().indexed().references("workers")
            t.column("status", .text).notNull()
            t.column("started", .integer)
            t.column("ended", .integer)
            t.column("price_fen", .integer)
            t.column("stars", .integer)
            t.column("complaint", .text)
            t.column("note", .text)
            t.column("known_after_run", .integer).notNull()
            t.primaryKey(["demand_id", "date"])
        }
        try db.create(index: "service_records_on_date", on: "service_records", columns: ["date"])
        try db.create(table: "credit_changes") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("subject", .text).notNull()
            t.column("subject_id", .text).notNull()
            t.column("before", .text).notNull()
            t.column("after", .text).notNull()
            t.column("reason", .text).notNull()
            t.column("changed_by", .text).notNull()
            t.column("changed_at", .datetime).notNull()
        }
    }
}
