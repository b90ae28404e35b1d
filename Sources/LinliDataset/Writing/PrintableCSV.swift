import Foundation

/// A table that people open in a spreadsheet, as CSV: a UTF-8 byte order mark first (Excel on Chinese
/// Windows reads UTF-8 without one as GBK), RFC 4180 quoting, and text cells guarded against formula
/// injection (``FormulaGuard``); cells of the `numeric` columns are written as they are.
public enum PrintableCSV {
    /// The file's whole text, byte order mark included.
    /// - Complexity: O(total length of the cells).
    public static func text(header: [String], rows: [[String]], numeric: Set<String>) -> String {
        CSVDocument.byteOrderMark + CSVDocument.text(header: header, rows: rows, numeric: numeric)
    }

    /// Writes the table to `path`, replacing the file.
    public static func write(header: [String], rows: [[String]], numeric: Set<String>, to path: String) throws {
        try CSVDocument.write(header: header, rows: rows, numeric: numeric, to: path)
    }
}
