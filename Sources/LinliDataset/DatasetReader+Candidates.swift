import LinliModel

extension DatasetReader {
    /// Reads a file in the columns of service_points.csv under any name (e.g. candidate sites for
    /// `coverage plan`) without merging it; references are checked against `base`.
    public static func readServicePoints(_ path: String, against base: Dataset) throws(DiagnosticsError) -> [ServicePoint] {
        var schema = DatasetFile.servicePoints.schema
        schema.name = fileName(of: path)
        var file = LoadedFile(path: path, schema: schema)
        var rows = IncomingRows()
        rows.decode(.servicePoints, &file, known: KnownIDs(base: base))
        if file.log.hasErrors { throw DiagnosticsError(file.log.diagnostics) }
        return rows.servicePoints?.map(\.value) ?? []
    }
}
