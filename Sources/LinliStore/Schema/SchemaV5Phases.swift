import GRDB

/// Migration "v5-phases": where each run's time went (loading, compile, first roster, search, bound, finish),
/// in seconds, so that an exported summary.json carries what the printed summary's `phases` line shows. Runs
/// stored before have none (NULL). Frozen once shipped.
enum SchemaV5Phases {
    static let identifier = "v5-phases"

    /// The columns, in ``PhaseTimings`` order; storing comes after the run is stored, so it has none.
    static let columns = ["phase_load", "phase_compile", "phase_construction", "phase_search", "phase_bound", "phase_finish"]

    static func migrate(_ db: Database) throws {
        try db.alter(table: "runs") { t in
            for column in columns { t.add(column: column, .double) }
        }
    }
}
