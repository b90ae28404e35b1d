import LinliModel

/// Where each known column of a schema sits in a header.
struct ColumnMap: Sendable {
    let schema: TableSchema
    private var index: [String: Int] = [:]
    /// Header width; records must have this many fields.
    let width: Int

    /// A map of no columns, for a file that could not be read.
    init(unreadable schema: TableSchema) {
        self.schema = schema
        width = 0
    }

    /// Maps `header` onto `schema`, reporting missing required columns and repeated columns as errors
    /// and unknown columns as one warning.
    init(header: [String], schema: TableSchema, log: inout FileLog) {
        self.schema = schema
        width = header.count
        guard !header.isEmpty else {
            log.error(line: 1, "the file is empty; expected a header row with \(schema.required.joined(separator: ","))")
            return
        }
        let known = Set(schema.required + schema.optional)
        var unknown: [String] = []
        for (i, name) in header.enumerated() {
            if index[name] != nil {
                log.error(line: 1, column: name, "column \(ValueParser.quoted(name)) appears twice in the header")
            } else if known.contains(name) {
                index[name] = i
            } else if !unknown.contains(name) {
                unknown.append(name)
            }
        }
        for name in schema.required where index[name] == nil {
            log.error(line: 1, column: name, "missing required column \"\(name)\" in the header")
        }
        if !unknown.isEmpty {
            var names = unknown.prefix(ColumnMap.unknownNamesShown).map(ValueParser.quoted).joined(separator: ", ")
            if unknown.count > ColumnMap.unknownNamesShown { names += " and \(unknown.count - ColumnMap.unknownNamesShown) more" }
            log.warning(line: 1, "unknown column\(unknown.count == 1 ? "" : "s") \(names) ignored")
        }
    }

    /// How many unknown column names a warning quotes.
    static let unknownNamesShown = 5

    /// Whether every required column is present.
    var isComplete: Bool { width > 0 && schema.required.allSatisfy { index[$0] != nil } }

    subscript(column: String) -> Int? { index[column] }
}
