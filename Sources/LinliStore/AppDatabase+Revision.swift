import GRDB

extension AppDatabase {
    /// The stored dataset's revision alone: one row read, so a server can tell cheaply whether its copy is current.
    public func datasetRevision() throws -> Int64 {
        try read { db in try DatasetRevisionSchema.fetch(db) }
    }
}
