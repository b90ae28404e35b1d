import LinliDataset
import LinliModel
import LinliStore

extension Workspace {
    /// `linli import`: reads a dataset folder, or single CSV files merged into the stored dataset, and
    /// saves the result; reading the stored dataset, merging and writing happen in one write transaction,
    /// so a concurrent writer cannot come in between.
    ///
    /// All or nothing: when any row is invalid this throws a `DiagnosticsError` listing every problem
    /// and the database file is not touched (nor created). Re-importing the same data writes nothing.
    /// With `options.replace` the folder is the whole dataset: it is validated on its own, and stored rows
    /// it no longer lists are deleted (see `AppDatabase.updateDataset`).
    /// - Complexity: O(size of the files + size of the stored dataset).
    public func importDataset(from paths: [String], options: ImportOptions = ImportOptions()) throws -> ImportSummary {
        let source = try ImportSource(paths)
        if options.replace { try source.requireWholeDataset() }
        var fresh: ImportResult?
        let database: AppDatabase
        if databaseExists {
            database = try existingDatabase()
        } else {
            if case .folder = source { try source.requireWholeDataset(firstImport: true) }
            let result = try source.read(into: Dataset(), rostered: [])
            if options.dryRun { return ImportSummary(result, wrote: false, dryRun: true) }
            fresh = result
            database = try AppDatabase.open(path: databasePath)
        }
        let rostered = fresh == nil ? try database.publishedVisits() : []
        var result: ImportResult?
        let update = try database.updateDataset(replacing: options.replace, force: options.force, commit: !options.dryRun) { stored in
            if let fresh, stored == Dataset() {
                result = fresh
                return fresh.dataset
            }
            // Replacing: the folder alone must be valid, and it alone is the new dataset; the counts
            // and price-rise warnings still compare it with what is stored.
            let whole = options.replace ? try source.read(into: Dataset(), rostered: rostered) : nil
            var merged = try source.read(into: stored, rostered: rostered)
            if let whole {
                merged.dataset = whole.dataset
                // An optional file the folder lacks leaves the stored rows as they are, as far as their workers stay.
                let workers = Set(whole.dataset.workers.map(\.id))
                if !source.provides(.absences) {
                    merged.dataset.absences = stored.absences.filter { workers.contains($0.workerID) }
                }
                if !source.provides(.serviceRecords) {
                    let demands = Set(whole.dataset.demands.map(\.id))
                    merged.dataset.serviceRecords = stored.serviceRecords.filter {
                        demands.contains($0.demandID) && workers.contains($0.workerID)
                    }
                }
            }
            result = merged
            return merged.dataset
        }
        guard let result else { preconditionFailure("updateDataset calls its transform") }
        return ImportSummary(result, wrote: update.changed && !options.dryRun, dryRun: options.dryRun, removals: update.removals)
    }
}
