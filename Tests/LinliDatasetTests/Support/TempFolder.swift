import Foundation

/// A fresh folder under the system temp directory, removed by `remove()`.
struct TempFolder {
    let path: String

    init() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("linli-dataset-\(UUID().uuidString)").path
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { URL(fileURLWithPath: path).appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ text: String) -> String { write(name, bytes: Array(text.utf8)) }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) -> String {
        let p = file(name)
        try! Data(bytes).write(to: URL(fileURLWithPath: p))
        return p
    }

    func read(_ name: String) -> String { String(decoding: FileManager.default.contents(atPath: file(name))!, as: UTF8.self) }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
