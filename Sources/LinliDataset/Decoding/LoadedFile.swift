import LinliModel

/// One CSV file read and parsed, with the diagnostics found so far.
struct LoadedFile: Sendable {
    let schema: TableSchema
    var table: CSVTable
    var columns: ColumnMap
    var log: FileLog

    /// Parses decoded text against `schema`.
    init(text: String, schema: TableSchema, log: FileLog) {
        self.schema = schema
        self.log = log
        table = CSVTable(parsing: text)
        columns = ColumnMap(header: table.header, schema: schema, log: &self.log)
        restoreTextCells()
    }

    /// Takes away the `'` the writer puts before text cells that a spreadsheet would run as formulas.
    /// - Complexity: O(records × text columns).
    private mutating func restoreTextCells() {
        let text = (schema.required + schema.optional).filter { !schema.numeric.contains($0) }.compactMap { columns[$0] }
        for r in table.records.indices {
            for i in text where i < table.records[r].fields.count {
                let cell = table.records[r].fields[i]
                if cell.utf8.first == 0x27 { table.records[r].fields[i] = FormulaGuard.restored(cell) }
            }
        }
    }

    /// A file that could not be read, with the reason and, when known, where.
    init(unreadable schema: TableSchema, line: Int = 0, column: String = "", reason: String) {
        self.schema = schema
        log = FileLog(file: schema.name)
        log.error(line: line, column: column, reason)
        table = CSVTable(parsing: "")
        columns = ColumnMap(unreadable: schema)
    }

    /// Decodes every record with `decode`, reporting records of the wrong width and repeated keys.
    /// Nothing is decoded when a required column is missing.
    /// - Complexity: O(records × columns).
    mutating func rows<T: Sendable, K: Hashable>(
        known: KnownIDs, key: (T) -> K, keyColumn: String, describe: (K) -> String,
        decode: (inout FieldReader) -> T?
    ) -> [Lined<T>] {
        var out: [Lined<T>] = []
        var firstLine: [K: Int] = [:]
        for row in records(known: known, decode: decode) {
            let k = key(row.value)
            if let first = firstLine[k] {
                log.error(line: row.line, column: keyColumn, "duplicate \(describe(k)): already on line \(first)")
                continue
            }
            firstLine[k] = row.line
            out.append(row)
        }
        return out
    }

    /// Decodes every record with `decode`, reporting records of the wrong width; nothing is decoded
    /// when a required column is missing.
    /// - Complexity: O(records × columns).
    mutating func records<T: Sendable>(known: KnownIDs, decode: (inout FieldReader) -> T?) -> [Lined<T>] {
        guard columns.isComplete else { return [] }
        var out: [Lined<T>] = []
        out.reserveCapacity(table.records.count)
        for record in table.records {
            if record.isBlank { continue }
            guard record.fields.count == columns.width || isShortRow(record) else {
                reportWidth(record)
                continue
            }
            if record.fields.count < columns.width {
                log.warning(
                    line: record.line,
                    "the header has \(columns.width) columns but this row has \(record.fields.count) fields: the missing ones are read as empty")
            }
            var reader = FieldReader(record: record, columns: columns, known: known)
            let value = decode(&reader)
            log.add(contentsOf: reader.problems)
            if let value { out.append(Lined(line: record.line, value: value)) }
        }
        return out
    }

    /// A row that stops before the header's last columns (a writer that leaves trailing empty cells off), with no
    /// field spanning lines (which would rather mean a missing closing quote).
    private func isShortRow(_ record: CSVRecord) -> Bool {
        record.fields.count < columns.width && !record.fields.contains { CSVTable.newlines(in: $0) > 0 }
    }

    private mutating func reportWidth(_ record: CSVRecord) {
        var message = "the header has \(columns.width) columns but this row has \(record.fields.count) fields"
        if record.fields.contains(where: { CSVTable.newlines(in: $0) > 0 }) {
            message += "; a field spans several lines, check for a missing closing quote (\")"
        }
        log.error(line: record.line, message)
    }
}
