import Foundation
import Hummingbird
import LinliKit
import LinliStore

/// The web console over one database: the workspace its pages call, its templates, its settings.
///
/// One value is shared by every request. The database is one `DatabasePool` (WAL), so pages read while a
/// roster run writes.
public struct WebConsole: Sendable {
    public let workspace: Workspace
    public let configuration: ConsoleConfiguration
    public let renderer: PageRenderer
    /// The stored dataset, reloaded only when its revision changed.
    public let datasets: DatasetCache
    /// The background jobs (roster and replan runs, batches): one at a time, never on a request's thread. A
    /// failure's message does not name the database file (a clerk has no business with the server's paths).
    public let jobs: JobRunner
    /// The office roster page's rows of a community, by run (`OfficeRosterPage`).
    let rosterRows = BoundedCache<CommunityRoster>(capacity: 128)
    /// The office roster page's rendered tables of a community and day, by run and dataset revision.
    let rosterTables = BoundedCache<String>(capacity: 1024)
    /// The login form's signed CSRF tokens, under a key drawn for this console.
    let loginTokens = LoginTokens()
    /// Session tokens already checked with bcrypt.
    let verifiedTokens = VerifiedTokens()
    /// Password checks, one at a time off the request threads; 16 may wait, at most 2 of one client address.
    let signIns = WorkLane(label: "sign-in", capacity: 16, perClient: 2)
    /// What-if simulations, one at a time off the request threads; 4 may wait.
    let simulations = WorkLane(label: "simulation", capacity: 4)

    public init(workspace: Workspace, configuration: ConsoleConfiguration = ConsoleConfiguration()) throws {
        self.workspace = workspace
        self.configuration = configuration
        renderer = try PageRenderer(areas: AreaRegistry.areas)
        datasets = DatasetCache(workspace: workspace)
        jobs = JobRunner(hiding: workspace.databasePath)
    }

    /// Opens the existing database at `path` as a pool (migrating it) for serving.
    /// - Throws: `KitError.noDatabase` when there is no such file.
    public static func open(databasePath path: String, configuration: ConsoleConfiguration = ConsoleConfiguration()) throws -> WebConsole {
        guard FileManager.default.fileExists(atPath: path) else { throw KitError.noDatabase(path: path) }
        return try WebConsole(workspace: Workspace(database: AppDatabase.open(path: path)), configuration: configuration)
    }

    /// The router: security middleware first (a method a path does not take gets 405 before any session or form
    /// work), then every route of every area. Every GET route answers HEAD as
    /// well, through the same middleware and access policy, with GET's status and headers and no body
    /// (Docs/Console.md, "Security model").
    public func router() -> Router<ConsoleContext> {
        let router = Router(context: ConsoleContext.self, options: .autoGenerateHeadEndpoints)
        router.add(middleware: SecurityHeadersMiddleware(renderer: renderer, configuration: configuration))
        router.add(middleware: MethodMiddleware(allowed: AllowedMethods(routes: AreaRegistry.routes)))
        router.add(middleware: SessionMiddleware(workspace: workspace, verified: verifiedTokens))
        router.add(middleware: FormMiddleware(maxBytes: configuration.maxUploadBytes, loginTokens: loginTokens))
        let policy = AccessPolicy(console: self)
        for area in AreaRegistry.areas {
            for route in area.routes {
                router.on(RouterPath(route.path), method: route.method) { request, context in
                    try await policy.respond(route, request, context)
                }
            }
        }
        return router
    }

    /// The application serving ``router()`` on the configured host and port; `onRunning` runs once it listens.
    public func application(onRunning: @escaping @Sendable () async -> Void = {}) -> some ApplicationProtocol {
        Application(
            router: router(),
            server: .http1(configuration: .init(idleTimeout: .nanoseconds(Int64(configuration.idleTimeout * 1e9)))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "linli"),
            onServerRunning: { _ in await onRunning() })
    }

    /// Serves until SIGTERM or SIGINT, then lets in-flight requests finish; `onRunning` runs once the server
    /// listens, so its address is announced only when it can be reached.
    /// - Throws: ``ConsoleServeError/cannotListen(address:reason:)`` when the host and port cannot be listened on
    ///   (an unknown host, a port in use).
    public func serve(onRunning: @escaping @Sendable () async -> Void = {}) async throws {
        let listening = ListeningFlag()
        do {
            try await application(onRunning: {
                listening.set()
                await onRunning()
            }).runService()
        } catch where !listening.value {
            throw ConsoleServeError.cannotListen(address: "\(configuration.host):\(configuration.port)", reason: "\(error)")
        }
    }
}
