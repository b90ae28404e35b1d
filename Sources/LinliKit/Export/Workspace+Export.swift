import LinliDataset
import LinliModel

extension Workspace {
    /// `linli export roster`: writes the published roster of `week` (or its version `version`) as roster.csv,
    /// unmet.csv and summary.json, and for a replan run changes.csv against the version it replaced. Each
    /// worker's utilisation in summary.json is recounted from the stored rows and the stored data, as `linli check` does.
    /// - Parameters:
    ///   - version: the N-th run published for the week; nil for the published one.
    ///   - force: write into a folder that already holds files (replacing files of the same names).
    /// - Throws: `KitError.noRoster` or `KitError.noVersion` when there is nothing to write;
    ///   `KitError.folderNotEmpty` for a folder with files in it unless `force`; `KitError.cannotWrite`
    ///   naming the path that could not be written.
    /// - Returns: the roster written.
    @discardableResult
    public func exportRoster(week: ISOWeek, version: Int? = nil, to directory: String, force: Bool = false) throws -> Roster {
        let folder = OutputFolder(path: directory)
        try folder.check(force: force)
        let database = try existingDatabase()
        var roster: Roster
        if let version {
            guard let found = try database.rosterVersion(week: week, version: version) else {
                throw KitError.noVersion(week: week, version: version)
            }
            roster = found.roster
        } else {
            guard let published = try database.publishedRoster(week: week) else { throw KitError.noRoster(week: week) }
            roster = published
        }
        let replaced = try roster.summary.replan.flatMap { try database.roster(runID: $0.replacedRunID) }
        let dataset = try loadDataset(from: database)
        roster.summary.workload.byWorker = Workload(
            dataset: dataset, week: week, includeIntermediary: roster.options.includeIntermediary, assignments: roster.assignments
        ).byWorker
        try folder.translating {
            try RosterFiles.write(roster, dataset: dataset, to: directory)
            if let replan = roster.summary.replan, let replaced {
                try RosterFiles.writeChanges(RosterChange.compare(before: replaced, after: roster, from: replan.from), to: directory)
            }
        }
        return roster
    }

    /// `linli export dataset`: writes the stored dataset as the eight CSV files of Docs/Dataset.md.
    /// - Parameter force: write into a folder that already holds files (replacing files of the same names).
    /// - Throws: as ``exportRoster(week:version:to:force:)``.
    /// - Returns: the dataset written.
    @discardableResult
    public func exportDataset(to directory: String, force: Bool = false) throws -> Dataset {
        let folder = OutputFolder(path: directory)
        try folder.check(force: force)
        let dataset = try self.dataset()
        try folder.translating { try DatasetWriter.write(dataset, to: directory) }
        return dataset
    }
}
