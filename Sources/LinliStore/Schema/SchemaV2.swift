import GRDB

/// Migration "v2", the schema of Linli 2: household addresses, the dataset revision, what ended a run's
/// search and how its upper bound was obtained, service records with the credit audit trail, absences and
/// each run's workload figures.
///
/// - `households.address`: the optional text a worker needs at the door; existing households get none.
/// - `dataset_revision`: one counter raised by every write that changes the dataset, so a roster is
///   published only against the data it was computed from (``DatasetRevisionSchema``).
/// - `runs.stopped_by`, `runs.bound_method`: runs stored before were always ended by the work budget and
///   bounded by the flow relaxation, which the column defaults record.
/// - `service_records`, `credit_changes`: see ``ServiceRecordTables``.
/// - `absences`, `runs.utilisation_mean`, `runs.utilisation_sd`: see ``AbsenceTables``.
///
/// Frozen once shipped: later changes go into a new migration.
enum SchemaV2 {
    static func migrate(_ db: Database) throws {
        try db.alter(table: "households") { t in
            t.add(column: "address", .text)
        }
        try DatasetRevisionSchema.create(db)
        try db.alter(table: "runs") { t in
            t.add(column: "stopped_by", .text).notNull().defaults(to: "budget")
            t.add(column: "bound_method", .text).notNull().defaults(to: "flow")
        }
        try ServiceRecordTables.create(db)
        try AbsenceTables.create(db)
        try db.execute(sql: "PRAGMA user_version = 2")
    }
}
