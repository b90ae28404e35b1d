import LinliDataset
import LinliModel

extension Workspace {
    /// `linli export roster`: writes the published roster of `week` as roster.csv, unmet.csv and summary.json.
    /// - Returns: the roster written.
    @discardableResult
    public func exportRoster(week: ISOWeek, to directory: String) throws -> Roster {
        let database = try existingDatabase()
        guard let roster = try database.publishedRoster(week: week) else { throw KitError.noRoster(week: week) }
        try RosterFiles.write(roster, dataset: try loadDataset(from: database), to: directory)
        return roster
    }

    /// `linli export dataset`: writes the stored dataset as the eight CSV files of dataset.md.
    /// - Returns: the dataset written.
    @discardableResult
    public func exportDataset(to directory: String) throws -> Dataset {
        let dataset = try self.dataset()
        try DatasetWriter.write(dataset, to: directory)
        return dataset
    }
}
