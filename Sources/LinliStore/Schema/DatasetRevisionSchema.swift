import GRDB

/// The dataset revision (created by migration "v2"): one counter, raised by every write that changes the dataset, so
/// a roster can be published only against the data it was computed from.
enum DatasetRevisionSchema {
    static let table = "dataset_revision"

    /// Creates the table with revision 0.
    static func create(_ db: Database) throws {
        try db.create(table: table) { t in
            t.primaryKey("id", .integer).check { $0 == 1 }
            t.column("revision", .integer).notNull()
        }
        try db.execute(sql: "INSERT INTO \(table) (id, revision) VALUES (1, 0)")
    }

    /// The current revision.
    static func fetch(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT revision FROM \(table) WHERE id = 1") ?? 0
    }

    /// Raises the revision; call it inside the transaction that changes the dataset.
    static func bump(_ db: Database) throws {
        try db.execute(sql: "UPDATE \(table) SET revision = revision + 1 WHERE id = 1")
    }
}
