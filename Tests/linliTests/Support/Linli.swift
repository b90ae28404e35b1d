import Foundation

/// Runs the built `linli` executable, as a user would, and captures what it prints.
struct Linli {
    /// What one run printed and how it ended.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    let executable: URL

    /// The executable built next to this test bundle (`.build/debug/linli` or `.build/<triple>/debug/linli`),
    /// or the one `LINLI_EXECUTABLE` names.
    static func built(filePath: String = #filePath) throws -> Linli {
        for candidate in candidates(filePath: filePath) where FileManager.default.isExecutableFile(atPath: candidate.path) {
            return Linli(executable: candidate)
        }
        throw LookupError(searched: candidates(filePath: filePath).map(\.path))
    }

    struct LookupError: Error, CustomStringConvertible {
        var searched: [String]
        var description: String { "the linli executable was not built; looked at \(searched.joined(separator: ", "))" }
    }

    /// The environment entries every run adds by default: the work budget alone ends a search, so runs
    /// compare exactly however busy the machine is.
    static let deterministic = ["LINLI_NO_DEADLINE": "1"]

    /// Runs `linli arguments` in `directory`, with `environment` laid over this process's, and waits for it.
    /// `input`, if given, is the file standard input reads.
    func run(_ arguments: [String], in directory: URL, environment: [String: String] = Linli.deterministic, input: String? = nil) throws -> Result {
        let out = directory.appendingPathComponent(".stdout-\(UUID().uuidString)")
        let err = directory.appendingPathComponent(".stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        if let input { process.standardInput = FileHandle(forReadingAtPath: input) }
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: try String(contentsOf: out, encoding: .utf8),
            stderr: try String(contentsOf: err, encoding: .utf8))
    }

    private static func candidates(filePath: String) -> [URL] {
        var result: [URL] = []
        if let path = ProcessInfo.processInfo.environment["LINLI_EXECUTABLE"] { result.append(URL(fileURLWithPath: path)) }
        // The test bundle sits in the products folder (on macOS inside a .xctest bundle within it).
        var folders = Bundle.allBundles.map(\.bundleURL) + [Bundle.main.bundleURL]
        if let main = Bundle.main.executableURL { folders.append(main.deletingLastPathComponent()) }
        for folder in folders {
            var url = folder
            for _ in 0..<4 {
                result.append(url.appendingPathComponent("linli"))
                url.deleteLastPathComponent()
            }
        }
        // Tests/linliTests/Support/Linli.swift → the package's default build folder.
        var root = URL(fileURLWithPath: filePath)
        for _ in 0..<4 { root.deleteLastPathComponent() }
        let build = root.appendingPathComponent(".build")
        result.append(build.appendingPathComponent("debug/linli"))
        let triples = (try? FileManager.default.contentsOfDirectory(atPath: build.path)) ?? []
        result += triples.sorted().map { build.appendingPathComponent("\($0)/debug/linli") }
        return result.filter { !$0.hasDirectoryPath }
    }
}
