import Foundation

/// RFC 4180 CSV text: fields quoted (quotes doubled) when they hold a comma, quote or line break;
/// text cells guarded against formula injection (``FormulaGuard``).
///
/// Hand-written because CSV.swift's `CSVWriter` writes one byte per `OutputStream.write` call:
/// writing an xl district (13 MB) took 8.0 s with it in a release build; this takes well under a second.
enum CSVDocument {
    /// The UTF-8 byte order mark every written file starts with: without it Excel on Chinese Windows
    /// reads UTF-8 as GBK and shows mojibake. Reading drops it again.
    static let byteOrderMark = "\u{FEFF}"

    /// The header and rows as CSV text with LF line ends and a final newline; cells of columns not
    /// named in `numeric` are text and pass through ``FormulaGuard/neutralised(_:)``.
    /// - Complexity: O(total length of the fields).
    static func text(header: [String], rows: [[String]], numeric: Set<String> = []) -> String {
        let isText = header.map { !numeric.contains($0) }
        var out = ""
        out.reserveCapacity(rows.count * header.count * 8)
        append(header, isText: isText, to: &out)
        for row in rows { append(row, isText: isText, to: &out) }
        return out
    }

    /// Writes the byte order mark, the header and the rows to `path` as UTF-8, replacing the file.
    static func write(header: [String], rows: [[String]], numeric: Set<String> = [], to path: String) throws {
        let text = byteOrderMark + text(header: header, rows: rows, numeric: numeric)
        try OutputFile.write(text, to: path)
    }

    static func append(_ row: [String], isText: [Bool], to out: inout String) {
        for (i, cell) in row.enumerated() {
            if i > 0 { out += "," }
            let field = i < isText.count && isText[i] ? FormulaGuard.neutralised(cell) : cell
            if field.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
                out += "\""
                for c in field.unicodeScalars {
                    if c == "\"" { out += "\"" }
                    out.unicodeScalars.append(c)
                }
                out += "\""
            } else {
                out += field
            }
        }
        out += "\n"
    }
}
