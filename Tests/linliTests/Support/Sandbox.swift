import Foundation

/// A temporary working folder for one end-to-end test, removed afterwards.
final class Sandbox {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("linli-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func read(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }

    func bytes(_ name: String) throws -> Data { try Data(contentsOf: url.appendingPathComponent(name)) }

    /// Replaces the first occurrence of `old` in file `name` with `new`.
    func edit(_ name: String, replacing old: String, with new: String) throws {
        let text = try read(name)
        guard let range = text.range(of: old) else { throw EditError(file: name, text: old) }
        try text.replacingCharacters(in: range, with: new).write(toFile: path(name), atomically: true, encoding: .utf8)
    }

    struct EditError: Error { var file: String; var text: String }
}
