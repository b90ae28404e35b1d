import Foundation
import Hummingbird
import HummingbirdTesting
import LinliDataset
import LinliKit
import LinliModel
import LinliStore
import LinliSynth
import LinliTestSupport
import LinliWeb

/// A console over a generated small district (4 communities), rostered for 2026-W48, with one account per
/// role — two offices and two enterprises, so that every test can try the other one's ids.
final class ConsoleFixture: Sendable {
    let folder: TemporaryFolder
    let console: WebConsole
    let dataset: Dataset
    /// The accounts by name: `admin`, `planner`, `office-a`, `office-b`, `enterprise-a`, `enterprise-b`.
    let accounts: [String: ConsoleAccount]
    /// Every account's password.
    static let password = "correct-horse-9"
    /// bcrypt's minimum cost, so that tests stay fast.
    static let policy = AccountPolicy(bcryptCost: 4)

    /// The console's clock: noon (China time) of the Wednesday of ``week``, so that the fixture's week is the
    /// current one whatever day the tests run.
    static let now = Date(timeIntervalSince1970: Double(Fixtures.week.days[2].ordinal * 86_400 + 4 * 3_600))

    var workspace: Workspace { console.workspace }
    var week: ISOWeek { Fixtures.week }

    /// The fixture most tests share (built once); tests that change accounts or sessions build their own.
    static let shared: Result<ConsoleFixture, any Error> = Result { try ConsoleFixture() }

    static func sharedFixture() throws -> ConsoleFixture { try shared.get() }

    /// - Parameter adjust: changes made to the generated district before it is imported.
    init(
        maxUploadBytes: Int = 1 << 20, secureCookies: Bool = false, maxDemandRows: Int = 2000, maxWorkerRows: Int = 2000,
        trustedProxies: Set<String> = [], accounts policy: AccountPolicy = ConsoleFixture.policy, adjust: (inout Dataset) -> Void = { _ in }
    ) throws {
        setenv("LINLI_NO_DEADLINE", "1", 0)
        folder = try TemporaryFolder()
        var generated = Fixtures.generated(.small, seed: 1)
        adjust(&generated)
        try DatasetWriter.write(generated, to: folder.path("dataset"))
        let path = folder.path("linli.sqlite")
        _ = try Workspace(databasePath: path).importDataset(from: [folder.path("dataset")])
        let workspace = Workspace(database: try AppDatabase.open(path: path))
        _ = try workspace.roster(RosterRequest(week: Fixtures.week, options: RunOptions(seed: 1, timeLimit: 0.05)))
        var configuration = ConsoleConfiguration(
            accounts: policy, maxUploadBytes: maxUploadBytes, secureCookies: secureCookies, maxDemandRows: maxDemandRows,
            maxWorkerRows: maxWorkerRows, now: { Self.now })
        configuration.trustedProxies = trustedProxies
        console = try WebConsole(workspace: workspace, configuration: configuration)
        dataset = try workspace.dataset()
        let communities = dataset.communities.map(\.id).sorted(), enterprises = dataset.enterprises.map(\.id).sorted()
        let specs: [NewAccount] = [
            NewAccount(name: "admin", role: .admin, password: Self.password),
            NewAccount(name: "planner", role: .planner, password: Self.password),
            NewAccount(name: "office-a", role: .office, communityID: communities[0], password: Self.password),
            NewAccount(name: "office-b", role: .office, communityID: communities[1], password: Self.password),
            NewAccount(name: "enterprise-a", role: .enterprise, enterpriseID: enterprises[0], password: Self.password),
            NewAccount(name: "enterprise-b", role: .enterprise, enterpriseID: enterprises[1], password: Self.password),
        ]
        var accounts: [String: ConsoleAccount] = [:]
        for spec in specs { accounts[spec.name] = try workspace.addAccount(spec, policy: Self.policy) }
        self.accounts = accounts
    }

    /// The account named `name`; fails the test when there is none.
    func account(_ name: String) throws -> ConsoleAccount {
        guard let account = accounts[name] else { throw FixtureError("no account \(name)") }
        return account
    }

    /// A signed-in browser of `name` (signed in through the use case, not the form: see `LoginTests` for that).
    func browser(_ name: String) throws -> Browser {
        let signIn = try workspace.signIn(name: name, password: Self.password, client: "", policy: Self.policy)
        return Browser(sessionToken: signIn.token, csrfToken: signIn.session.csrfToken)
    }

    /// Runs `body` with a client of the console's router: in-process, or with `.live` over HTTP to a real
    /// server on a free port of 127.0.0.1 (`client.port`). Both run on `DedicatedExecutor`'s threads.
    func test<T: Sendable>(_ setup: TestingSetup = .router, _ body: @Sendable (any TestClientProtocol) async throws -> T) async throws -> T {
        let app = Application(router: console.router())
        return try await withTaskExecutorPreference(DedicatedExecutor.shared) {
            try await app.test(setup, body)
        }
    }
}

/// A failure of the fixture itself.
struct FixtureError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
