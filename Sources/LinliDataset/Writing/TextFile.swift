import Foundation

/// A page of text written for people, such as a printable route sheet.
public enum TextFile {
    /// Writes `lines`, each ended by a newline, to `path` as UTF-8, replacing the file.
    public static func write(_ lines: [String], to path: String) throws {
        try OutputFile.write(lines.map { $0 + "\n" }.joined(), to: path)
    }
}
