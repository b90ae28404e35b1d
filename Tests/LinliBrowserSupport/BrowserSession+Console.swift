import Foundation

extension BrowserSession {
    /// One message of the browser's console (chromedriver's log of type `browser`).
    public struct LogEntry: Decodable, Sendable, CustomStringConvertible {
        /// `SEVERE` for errors (an uncaught exception, `console.error`, a refused script or resource), `WARNING`,
        /// `INFO`, `DEBUG`.
        public var level: String
        public var message: String
        /// `javascript`, `console-api`, `network`, `security`, …
        public var source: String?

        public var description: String { "\(level) [\(source ?? "?")] \(message)" }
    }

    /// The console messages logged since the last call (chromedriver hands each out once).
    public func consoleLog() async throws -> [LogEntry] {
        try await driver.send("POST", path("se/log"), ["type": "browser"])
    }

    /// The `SEVERE` console messages since the last call: JavaScript errors, and resources or scripts the
    /// browser refused (a Content-Security-Policy violation shows here too).
    public func consoleErrors() async throws -> [LogEntry] {
        try await consoleLog().filter { $0.level == "SEVERE" }
    }
}
