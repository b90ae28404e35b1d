import Foundation
import LinliModel

/// Writes a dataset as the CSV files of Docs/Dataset.md (an optional file only when it has rows), each starting
/// with a UTF-8 byte order mark and with text cells guarded against formula injection; reading them back
/// gives the same dataset.
public enum DatasetWriter {
    /// Creates `directory` if needed and writes every required file into it, and each optional file that has rows.
    public static func write(_ dataset: Dataset, to directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let folder = URL(fileURLWithPath: directory)
        for file in DatasetFile.allCases where !file.isOptional || !rows(of: file, in: dataset).isEmpty {
            try CSVDocument.write(
                header: file.columns, rows: rows(of: file, in: dataset), numeric: file.schema.numeric,
                to: folder.appendingPathComponent(file.rawValue).path
            )
        }
    }

    /// The CSV text of one file of `dataset`, as written after the byte order mark.
    public static func text(of file: DatasetFile, in dataset: Dataset) -> String {
        CSVDocument.text(header: file.columns, rows: rows(of: file, in: dataset), numeric: file.schema.numeric)
    }
}
