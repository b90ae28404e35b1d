import Foundation

/// A `linli` started in the background, to be interrupted part-way, and the `sqlite3` shell to look
/// into the database it writes.
final class BatchChild {
    let process = Process()
    let stderrPath: String

    /// Starts `linli arguments` in `directory` with `environment` added to this process's.
    init(_ linli: Linli, _ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws {
        stderrPath = directory.appendingPathComponent(".child-stderr-\(UUID().uuidString)").path
        _ = FileManager.default.createFile(atPath: stderrPath, contents: nil)
        process.executableURL = linli.executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(Linli.deterministic.merging(environment) { $1 }) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: stderrPath))
        try process.run()
    }

    func send(_ signal: Int32) { kill(process.processIdentifier, signal) }

    /// Waits for the end: the exit status, or the signal number when a signal ended it.
    func wait() -> (status: Int32, signalled: Bool) {
        process.waitUntilExit()
        return (process.terminationStatus, process.terminationReason == .uncaughtSignal)
    }

    var stderr: String { (try? String(contentsOfFile: stderrPath, encoding: .utf8)) ?? "" }

    /// Polls `condition` every 50 ms until it holds; false after `seconds`.
    static func poll(seconds: Double = 120, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    /// The rows `sql` returns from `database`, cells separated by `|` (the `sqlite3` shell); nil when it fails,
    /// e.g. on a lock held by a writer.
    static func sqlite(_ database: String, _ sql: String) -> [String]? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", "-bail", database, sql]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// How many weeks `database` has a published roster for (nil when it cannot be read right now).
    static func publishedWeeks(_ database: String) -> Int? {
        sqlite(database, "SELECT COUNT(*) FROM published_rosters")?.first.flatMap { Int($0) }
    }
}
