import LinliModel

extension DatasetReader {
    /// Reads a file in the columns of service_points.csv under any name (e.g. candidate sites for
    /// `coverage plan`) without merging it; references are checked against `base`, and an id `base` already holds is
    /// an error at its row: the file is of new points. A file of more than `limit`
    /// points is one error at the first row past it, and no row is decoded.
    public static func readServicePoints(
        _ path: String, against base: Dataset, limit: Int = .max
    ) throws(DiagnosticsError) -> [ServicePoint] {
        var schema = DatasetFile.servicePoints.schema
        schema.name = fileName(of: path)
        var file = LoadedFile(path: path, schema: schema)
        let records = file.table.records.filter { !$0.isBlank }
        if records.count > limit {
            file.log.error(line: records[limit].line, "more than \(limit) points in one file (\(records.count)); try fewer at a time")
            throw DiagnosticsError(file.log.diagnostics)
        }
        var rows = IncomingRows()
        rows.decode(.servicePoints, &file, known: KnownIDs(base: base))
        let existing = Set(base.servicePoints.map(\.id))
        for point in rows.servicePoints ?? [] where existing.contains(point.value.id) {
            file.log.error(line: point.line, column: "point_id", "point \"\(point.value.id)\" is already in the dataset; a new point needs a new id")
        }
        if file.log.hasErrors { throw DiagnosticsError(file.log.diagnostics) }
        return rows.servicePoints?.map(\.value) ?? []
    }
}
