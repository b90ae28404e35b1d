import CSV
import Foundation

/// CSV text written with CSV.swift's `CSVWriter`: fields quoted when they hold a comma, quote or line break.
enum CSVDocument {
    /// The header and rows as CSV text with LF line ends and a final newline.
    static func text(header: [String], rows: [[String]]) throws -> String {
        let writer = try CSVWriter(stream: OutputStream.toMemory())
        try writer.write(row: header)
        for row in rows { try writer.write(row: row) }
        writer.stream.close()
        guard let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw CSVError.cannotWriteStream
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Writes the header and rows to `path` as UTF-8, replacing the file.
    static func write(header: [String], rows: [[String]], to path: String) throws {
        try Data(text(header: header, rows: rows).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
