import LinliDataset
import LinliModel
import LinliStore

extension Workspace {
    /// `linli import`: reads a dataset folder, or single CSV files merged into the stored dataset, and
    /// saves the result in one transaction.
    ///
    /// All or nothing: when any row is invalid this throws a `DiagnosticsError` listing every problem
    /// and the database file is not touched (nor created). Re-importing the same data writes nothing.
    /// - Complexity: O(size of the files + size of the stored dataset).
    public func importDataset(from paths: [String]) throws -> ImportSummary {
        let source = try ImportSource(paths)
        let existing = databaseExists ? try existingDatabase() : nil
        let result = try source.read(into: existing?.loadDataset() ?? Dataset(), rostered: existing?.publishedVisits() ?? [])
        let wrote = try (existing ?? AppDatabase.open(path: databasePath)).saveDataset(result.dataset)
        return ImportSummary(result, wrote: wrote)
    }
}
