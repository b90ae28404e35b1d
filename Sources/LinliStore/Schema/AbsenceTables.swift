import GRDB

/// The workers' absences (rule 14) and each run's workload figures, created by migration "v2".
///
/// - `absences`: one row per (worker, first day); removing a worker removes its absences. Absences are
///   part of the dataset, so every write that changes them raises the dataset revision.
/// - `runs.utilisation_mean`, `runs.utilisation_sd`: runs stored before get 0, the figures of a week
///   in which nobody was counted.
enum AbsenceTables {
    static func create(_ db: Database) throws {
        try db.create(table: AbsenceRecord.databaseTableName) { t in
            t.column("worker_id", .text).notNull().references("workers", onDelete: .cascade)
            t.column("from_day", .text).notNull()
            t.column("until_day", .text).notNull()
            t.column("reason", .text).notNull()
            t.primaryKey(["worker_id", "from_day"])
            t.check(sql: "from_day <= until_day")
        }
        try db.alter(table: "runs") { t in
            t.add(column: "utilisation_mean", .double).notNull().defaults(to: 0)
            t.add(column: "utilisation_sd", .double).notNull().defaults(to: 0)
        }
    }
}
