import CSV
import LinliModel

/// A small CSV file (staff.csv, targets.csv) read from text by CSV.swift: a header and rows by column name.
struct CSVRows: Sendable {
    struct Row: Sendable {
        /// 1-based line of the record (the header is line 1; records spanning lines are not expected here).
        var line: Int
        var fields: [String: String]

        /// The trimmed field, or "" when absent.
        subscript(column: String) -> String { fields[column] ?? "" }
    }

    var header: [String]
    var rows: [Row]

    /// Parses `text`; a text that is not CSV gives a diagnostic for `file`.
    init(text: String, file: String) throws(DiagnosticsError) {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        guard let reader = try? CSVReader(string: body, hasHeaderRow: false, trimFields: true) else {
            throw DiagnosticsError([.error(file: file, "not a readable CSV file")])
        }
        header = []
        rows = []
        var line = 0
        while let fields = reader.next() {
            line += 1
            if fields.allSatisfy(\.isEmpty) { continue }
            if header.isEmpty {
                header = fields
            } else {
                rows.append(Row(line: line, fields: Dictionary(zip(header, fields).map { ($0, $1) }, uniquingKeysWith: { a, _ in a })))
            }
        }
        if let error = reader.error {
            throw DiagnosticsError([.error(file: file, line: line, "\(error)")])
        }
    }
}
