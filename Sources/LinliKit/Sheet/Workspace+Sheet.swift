import LinliDataset
import LinliModel

extension Workspace {
    /// `linli sheet`: the printable page of one worker's or one household's visits in the published
    /// roster of the request's week.
    public func sheet(_ request: SheetRequest) throws -> RouteSheet {
        let database = try existingDatabase()
        guard let roster = try database.publishedRoster(week: request.week) else { throw KitError.noRoster(week: request.week) }
        return try RouteSheet.build(request, roster: roster, dataset: try loadDataset(from: database))
    }

    /// `linli sheet --out FILE`: writes the sheet as a text page, or as CSV when `csv`.
    public func writeSheet(_ sheet: RouteSheet, csv: Bool, to path: String) throws {
        if csv {
            try PrintableCSV.write(header: sheet.csvHeader, rows: sheet.csvRows, numeric: RouteSheet.numericColumns, to: path)
        } else {
            try TextFile.write(sheet.lines, to: path)
        }
    }
}
