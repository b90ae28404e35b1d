import Foundation

/// A database path in a fresh temporary folder, removed by ``remove()``.
struct TemporaryFile {
    let folder: URL
    let path: String

    init(name: String = "linli.sqlite") {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("linli-store-\(UUID().uuidString)")
        path = folder.appendingPathComponent("nested").appendingPathComponent(name).path
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}
