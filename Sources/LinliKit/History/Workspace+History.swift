import LinliDataset
import LinliModel

extension Workspace {
    /// `linli history`: every planned and recorded visit of a household or a worker, newest first.
    /// - Throws: `KitError.unknownHousehold` / `.unknownWorker` for an id the dataset does not hold.
    public func history(of subject: ServiceHistory.Subject) throws -> ServiceHistory {
        let database = try existingDatabase()
        let dataset = try loadDataset(from: database)
        switch subject {
        case let .household(id) where !dataset.households.contains { $0.id == id }: throw KitError.unknownHousehold(id)
        case let .worker(id) where !dataset.workers.contains { $0.id == id }: throw KitError.unknownWorker(id)
        default: break
        }
        return ServiceHistory(subject: subject, planned: try database.publishedAssignments(), dataset: dataset)
    }

    /// `linli history --out FILE`: writes the history as a text page, or as CSV when `csv`.
    public func writeHistory(_ history: ServiceHistory, csv: Bool, to path: String) throws {
        if csv {
            try PrintableCSV.write(
                header: ServiceHistory.csvHeader, rows: history.csvRows, numeric: ServiceHistory.numericColumns, to: path)
        } else {
            try TextFile.write(history.lines, to: path)
        }
    }

    /// `linli history --csv` to standard output.
    public func historyCSV(_ history: ServiceHistory) -> String {
        PrintableCSV.text(header: ServiceHistory.csvHeader, rows: history.csvRows, numeric: ServiceHistory.numericColumns)
    }
}
