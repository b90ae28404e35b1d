import Foundation
import LinliModel

/// Writes a dataset as the eight CSV files of dataset.md; reading them back gives the same dataset.
public enum DatasetWriter {
    /// Creates `directory` if needed and writes all eight files into it.
    public static func write(_ dataset: Dataset, to directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let folder = URL(fileURLWithPath: directory)
        for file in DatasetFile.allCases {
            try CSVDocument.write(
                header: file.columns, rows: rows(of: file, in: dataset),
                to: folder.appendingPathComponent(file.rawValue).path
            )
        }
    }

    /// The CSV text of one file of `dataset`.
    public static func text(of file: DatasetFile, in dataset: Dataset) -> String {
        CSVDocument.text(header: file.columns, rows: rows(of: file, in: dataset))
    }
}
