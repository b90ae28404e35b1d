import Foundation

/// A unique folder path under the system temporary directory; ``create()`` makes it, ``remove()`` deletes it.
public struct TemporaryDirectory: Sendable {
    public let path: String

    public init(_ prefix: String) {
        path = NSTemporaryDirectory() + "/linli-bench-\(prefix)-\(UUID().uuidString)"
    }

    @discardableResult
    public func create() throws -> Self {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return self
    }

    /// A path inside the folder.
    public func file(_ name: String) -> String { path + "/" + name }

    public func remove() { try? FileManager.default.removeItem(atPath: path) }
}
