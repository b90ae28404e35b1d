import LinliDataset
import LinliModel

extension Workspace {
    /// `linli export roster`: writes the published roster of `week` as roster.csv, unmet.csv and summary.json.
    /// - Parameter force: write into a folder that already holds files (replacing files of the same names).
    /// - Throws: `KitError.folderNotEmpty` for a folder with files in it unless `force`; `KitError.cannotWrite`
    ///   naming the path that could not be written.
    /// - Returns: the roster written.
    @discardableResult
    public func exportRoster(week: ISOWeek, to directory: String, force: Bool = false) throws -> Roster {
        let folder = OutputFolder(path: directory)
        try folder.check(force: force)
        let database = try existingDatabase()
        guard let roster = try database.publishedRoster(week: week) else { throw KitError.noRoster(week: week) }
        let dataset = try loadDataset(from: database)
        try folder.translating { try RosterFiles.write(roster, dataset: dataset, to: directory) }
        return roster
    }

    /// `linli export dataset`: writes the stored dataset as the eight CSV files of Docs/Dataset.md.
    /// - Parameter force: write into a folder that already holds files (replacing files of the same names).
    /// - Throws: as ``exportRoster(week:to:force:)``.
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
