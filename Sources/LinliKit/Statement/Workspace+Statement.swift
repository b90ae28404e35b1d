import Foundation
import LinliDataset
import LinliModel

extension Workspace {
    /// `linli statement`: the settlement of the calendar month `month` from the stored service records.
    public func statement(month: ReviewWindow) throws -> MonthlyStatement {
        MonthlyStatement(window: month, dataset: try loadDataset(from: existingDatabase()))
    }

    /// `linli statement --out`: writes totals.csv, by_enterprise.csv, by_worker.csv and by_community.csv.
    /// - Parameter force: write into a folder that already holds files (replacing files of the same names).
    /// - Throws: `KitError.folderNotEmpty` for a folder with files in it unless `force`; `KitError.cannotWrite`
    ///   naming the path that could not be written.
    public func writeStatement(_ statement: MonthlyStatement, to directory: String, force: Bool = false) throws {
        let folder = OutputFolder(path: directory)
        try folder.check(force: force)
        try folder.translating {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            for file in statement.csvFiles {
                try PrintableCSV.write(
                    header: file.header, rows: file.rows, numeric: MonthlyStatement.numericColumns,
                    to: directory + "/" + file.name)
            }
        }
    }
}
