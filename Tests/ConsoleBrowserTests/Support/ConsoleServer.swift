import AsyncHTTPClient
import Foundation
import LinliBrowserSupport

/// The built `linli serve` on 127.0.0.1 and a free port, over a temporary database of the sample district
/// with one account per role (``ConsoleAccount``), created the way an administrator would at a terminal.
final class ConsoleServer: Sendable {
    let folder: URL
    let database: String
    /// `http://127.0.0.1:PORT`
    let address: String
    let server: ChildProcess

    private init(folder: URL, database: String, address: String, server: ChildProcess) {
        self.folder = folder
        self.database = database
        self.address = address
        self.server = server
    }

    /// The repository's `SampleData/` folder.
    static func sampleData() -> URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("SampleData")
    }

    /// Imports the sample district (and rosters its week when `rostered`), adds the accounts, starts the
    /// server (with `serving`, more options of `linli serve`), runs `body`, and always stops the server and removes
    /// the folder.
    static func with<T>(
        rostered: Bool = false, serving: [String] = [], _ body: (ConsoleServer) async throws -> T
    ) async throws -> T {
        let linli = try LinliTool.built()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("linli-console-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("console.sqlite").path
        try linli.run(["import", sampleData().path, "--db", database])
        if rostered { try linli.run(["roster", "--db", database, "--week", ConsoleAccount.week]) }
        for account in ConsoleAccount.all {
            try linli.run(["user", "add", "--db", database] + account.arguments, input: ConsoleAccount.password + "\n")
        }
        let port = try FreePort.pick()
        let server = try ChildProcess(
            linli.executable, ["serve", "--db", database, "--host", "127.0.0.1", "--port", "\(port)", "--today", ConsoleAccount.today] + serving,
            environment: LinliTool.environment)
        defer { server.stop() }
        let console = ConsoleServer(folder: folder, database: database, address: "http://127.0.0.1:\(port)", server: server)
        try await server.waitUntil(seconds: 60, what: "linli serve") { await console.answers() }
        return try await body(console)
    }

    /// Whether the login page answers.
    private func answers() async -> Bool {
        let request = HTTPClientRequest(url: address + "/login")
        guard let response = try? await HTTPClient.shared.execute(request, timeout: .seconds(5)) else { return false }
        _ = try? await response.body.collect(upTo: 1 << 20)
        return response.status == .ok
    }

    /// The address of `path` on this console.
    func url(_ path: String) -> String { address + path }
}
