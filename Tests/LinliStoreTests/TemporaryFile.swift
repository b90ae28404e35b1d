import Foundation

/// A database path in a fresh temporary folder (created, as a database's folder must exist), removed by ``remove()``.
struct TemporaryFile {
    let folder: URL
    let path: String

    init(name: String = "linli.sqlite") {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("linli-store-\(UUID().uuidString)")
        let nested = folder.appendingPathComponent("nested")
        try? FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        path = nested.appendingPathComponent(name).path
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
