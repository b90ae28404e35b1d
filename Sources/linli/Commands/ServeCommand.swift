import ArgumentParser
import Foundation
import LinliModel
import LinliWeb

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the web console (社区, 家政企业, 规划, 管理员 pages) over a database.",
        discussion: """
            Each account sees only what its role allows (Docs/Console.md). Create accounts with `linli user add`; \
            `linli demo --serve` starts it on the sample district with demo accounts. SIGTERM or Ctrl-C stops the \
            server after the requests in progress have finished.

            To start it (it runs until stopped):
              linli serve --db linli.sqlite
              linli serve --db linli.sqlite --host 0.0.0.0 --port 8080
            """
    )

    @OptionGroup var db: DatabaseOption
    @OptionGroup var server: ServerOptionGroup

    func run() async throws {
        let console = try WebConsole.open(databasePath: db.path, configuration: server.configuration)
        let url = server.url
        try await console.serve {
            Console.print(["web console: \(url)  (Ctrl-C stops it)"])
            fflush(nil)  // the line must show while serving blocks, also when stdout is a file
        }
    }
}

/// `--host`, `--port`, `--secure-cookies`, `--trusted-proxy`, `--today`.
struct ServerOptionGroup: ParsableArguments {
    @Option(help: ArgumentHelp("The address to listen on (127.0.0.1: this computer only).", valueName: "address"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("The port to listen on.", valueName: "port"))
    var port = 8080

    @Flag(help: "Mark the cookies Secure (HTTPS only), for a console served behind a TLS proxy.")
    var secureCookies = false

    @Option(name: .customLong("trusted-proxy"), help: ArgumentHelp(
        "A reverse proxy's IP address whose X-Forwarded-For header names the client, so that sign-ins are throttled "
            + "per client behind it; repeat it for each proxy of a chain. Default: none (the connection's address).",
        valueName: "address"))
    var trustedProxies: [String] = []

    @Option(help: ArgumentHelp(
        "The date the console takes for today (China time): its default week, and the first week an office may "
            + "roster. For a rehearsal or a training on a week that is not this one. Default: the real date.",
        valueName: "YYYY-MM-DD"))
    var today: String?

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be 1 to 65535; found \(port)") }
        if let today, Day(iso: today) == nil { throw ValidationError("--today must be a date YYYY-MM-DD; found \(today)") }
        for proxy in trustedProxies where ClientAddress.normalised(proxy) == nil {
            throw ValidationError("--trusted-proxy must be an IP address such as 10.0.0.2 or ::1; found \(proxy)")
        }
    }

    var configuration: ConsoleConfiguration {
        var configuration = ConsoleConfiguration(host: host, port: port, secureCookies: secureCookies)
        configuration.trustedProxies = Set(trustedProxies.compactMap(ClientAddress.normalised))
        if let day = today.flatMap(Day.init(iso:)) {
            let noon = ConsoleConfiguration.chinaNoon(of: day)
            configuration.now = { noon }
        }
        return configuration
    }
    var url: String { "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/" }
}
