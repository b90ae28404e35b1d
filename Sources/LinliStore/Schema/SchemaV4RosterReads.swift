import GRDB

/// Migration "v4-roster-reads": an index of a run's rows by demand, so that a community's rows of a run
/// (the console's office roster page, `AppDatabase.run(_:communityID:)`) are found through its demands
/// instead of by scanning every row of the run: 18 ms → 6 ms for a community of the large tier. Like
/// "v3-relation", it leaves `PRAGMA user_version` alone: an older binary is refused by the unknown
/// migration name. Frozen once shipped.
enum SchemaV4RosterReads {
    static let identifier = "v4-roster-reads"

    static func migrate(_ db: Database) throws {
        try db.create(index: "assignments_on_run_demand", on: "assignments", columns: ["run_id", "demand_id"])
    }
}
