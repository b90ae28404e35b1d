import Foundation

/// The built `linli` executable, run as an administrator would run it at a terminal.
struct LinliTool {
    let executable: URL

    /// `LINLI_EXECUTABLE`, or the `linli` built beside this test runner (SwiftPM puts both in one products
    /// folder), or `.build/debug/linli` of this package.
    static func built(filePath: String = #filePath) throws -> LinliTool {
        var candidates: [URL] = []
        if let named = ProcessInfo.processInfo.environment["LINLI_EXECUTABLE"] {
            candidates.append(URL(fileURLWithPath: named))
        }
        if let runner = Bundle.main.executableURL {
            candidates.append(runner.deletingLastPathComponent().appendingPathComponent("linli"))
        }
        let package = URL(fileURLWithPath: filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(package.appendingPathComponent(".build/debug/linli"))
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw NotBuilt(searched: candidates.map(\.path))
        }
        return LinliTool(executable: found)
    }

    struct NotBuilt: Error, CustomStringConvertible {
        var searched: [String]
        var description: String { "the linli executable was not built; looked at \(searched.joined(separator: ", "))" }
    }

    /// The environment of every run: the work budget alone ends a search, so rosters repeat exactly.
    static let environment = ["LINLI_NO_DEADLINE": "1"]

    /// Runs `linli arguments` with `input` on standard input and waits; throws with what it printed unless it
    /// exits 0. Returns standard output.
    @discardableResult
    func run(_ arguments: [String], input: String = "") throws -> String {
        let errorsPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("linli-stderr-\(UUID().uuidString)").path
        _ = FileManager.default.createFile(atPath: errorsPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: errorsPath) }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(Self.environment) { $1 }
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errorsPath))
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let errors = (try? String(contentsOfFile: errorsPath, encoding: .utf8)) ?? ""
            throw Failed(arguments: arguments, status: process.terminationStatus, stderr: errors)
        }
        return String(decoding: output, as: UTF8.self)
    }

    struct Failed: Error, CustomStringConvertible {
        var arguments: [String]
        var status: Int32
        var stderr: String
        var description: String { "linli \(arguments.joined(separator: " ")) exited \(status):\n\(stderr)" }
    }
}
