import Foundation

/// A program started in the background for the length of a test (chromedriver, `linli serve`), with what it
/// prints kept in a file for the failure message, and stopped with SIGTERM (then SIGKILL) at the end.
public final class ChildProcess: @unchecked Sendable {
    private let process = Process()
    /// Where standard output and standard error go.
    public let logPath: String

    /// Starts `executable arguments` with `environment` laid over this process's and nothing on standard input.
    public init(_ executable: URL, _ arguments: [String], environment: [String: String] = [:]) throws {
        logPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("linli-child-\(executable.lastPathComponent)-\(UUID().uuidString).log").path
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: logPath))
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = log
        process.standardError = log
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    public var isRunning: Bool { process.isRunning }

    /// What the program printed so far.
    public var log: String { (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? "" }

    /// Sends SIGTERM, waits up to `seconds` for the end, then SIGKILL; removes the log file.
    public func stop(seconds: Double = 10) {
        if process.isRunning {
            process.terminate()
            let deadline = Date().addingTimeInterval(seconds)
            while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(atPath: logPath)
    }

    /// Polls `ready` every 100 ms until it holds; throws with the program's log after `seconds` or when the
    /// program ended.
    public func waitUntil(seconds: Double = 60, what: String, _ ready: () async -> Bool) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if await ready() { return }
            guard process.isRunning else { throw StartError(what: what, log: log) }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw StartError(what: what, log: log)
    }

    struct StartError: Error, CustomStringConvertible {
        var what: String
        var log: String
        var description: String { "\(what) did not start; it printed:\n\(log)" }
    }
}
