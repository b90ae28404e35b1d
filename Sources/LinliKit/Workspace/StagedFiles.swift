import Foundation

/// Uploaded bytes handed to the file-based use cases: written under chosen names into a private temporary
/// folder, which is removed when the work is done, whatever its outcome.
public enum StagedFiles {
    /// Writes each of `files` (name → bytes; names without folders) and calls `body` with name → path.
    public static func with<T>(_ files: [String: Data], _ body: ([String: String]) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("linli-upload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String: String] = [:]
        for (name, bytes) in files {
            let url = folder.appendingPathComponent((name as NSString).lastPathComponent)
            try bytes.write(to: url)
            paths[name] = url.path
        }
        return try body(paths)
    }
}
