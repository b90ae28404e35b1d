import Foundation
import LinliKit
import LinliStore
import Testing

@Suite("Console accounts")
struct AccountTests {
    @Test func refusesAccountsWhoseScopeIsMissingUnknownOrMisplaced() throws {
        let fixture = try ConsoleFixture.sharedFixture()
        let community = try #require(fixture.dataset.communities.first?.id)
        let enterprise = try #require(fixture.dataset.enterprises.first?.id)
        let password = ConsoleFixture.password
        let cases: [(NewAccount, ConsoleError)] = [
            (NewAccount(name: "o1", role: .office, password: password), .missingScope(role: .office, option: "community")),
            (NewAccount(name: "o2", role: .office, communityID: "C999", password: password), .unknownCommunity("C999")),
            (NewAccount(name: "e1", role: .enterprise, password: password), .missingScope(role: .enterprise, option: "enterprise")),
            (NewAccount(name: "e2", role: .enterprise, enterpriseID: "E999", password: password), .unknownEnterprise("E999")),
            (NewAccount(name: "p1", role: .planner, communityID: community, password: password), .unexpectedScope(role: .planner, option: "community")),
            (NewAccount(name: "o3", role: .office, communityID: community, enterpriseID: enterprise, password: password),
             .unexpectedScope(role: .office, option: "enterprise")),
            (NewAccount(name: "a1", role: .admin, password: "short"), .shortPassword(minimum: AccountPolicy.minimumPasswordLength)),
            (NewAccount(name: "a2", role: .admin, password: String(repeating: "密", count: 25)), .longPassword(maximumBytes: 72)),
            (NewAccount(name: "has space", role: .admin, password: password), .badName("has space")),
            (NewAccount(name: "u\u{202E}gnp.exe", role: .admin, password: password), .badName("u\u{202E}gnp.exe")),
            (NewAccount(name: "admin", role: .admin, password: password), .nameTaken("admin")),
        ]
        for (account, error) in cases {
            #expect(throws: error) { try fixture.workspace.addAccount(account, policy: ConsoleFixture.policy) }
        }
    }

    /// Audit details may quote an uploaded file's name: its control and format characters are written as escapes,
    /// so that it cannot reorder how the line shows, send a terminal escape or cut the row short.
    @Test func auditDetailsAreWrittenPrintable() throws {
        let fixture = try ConsoleFixture()
        let account = try fixture.account("office-a")
        let details = "C001 demands \u{202E}FDP.exe\u{1B}[31m\u{07}\u{00}\t\u{2028} x.csv: 1 added"
        try fixture.workspace.audit(account, action: "demand.import", details: details)
        let entry = try #require(try fixture.workspace.auditLog().first { $0.action == "demand.import" })
        #expect(entry.details == #"C001 demands \u{202E}FDP.exe\u{1B}[31m\u{7}\u{0}\u{9}\u{2028} x.csv: 1 added"#)
        try fixture.workspace.audit(account, action: "demand.import", details: "C001 demands.csv: 住户 1 added")
        #expect(try fixture.workspace.auditLog().first?.details == "C001 demands.csv: 住户 1 added", "printable text is kept as it is")
    }

    @Test func storesABcryptHashNotThePassword() throws {
        let fixture = try ConsoleFixture.sharedFixture()
        let database = try AppDatabase.openExisting(path: fixture.workspace.databasePath)
        let stored = try #require(try database.account(named: "office-a"))
        #expect(stored.passwordHash.hasPrefix("$2"))
        #expect(!stored.passwordHash.contains(ConsoleFixture.password))
        #expect(stored.account.role == .office)
    }

    @Test func demoAccountsCoverEveryRoleAndSignIn() throws {
        let fixture = try ConsoleFixture()
        let demo = try DemoAccounts.create(in: fixture.workspace, policy: ConsoleFixture.policy)
        #expect(Set(demo.accounts.map(\.account.role)) == Set(ConsoleRole.allCases))
        for account in demo.accounts {
            let signIn = try fixture.workspace.signIn(name: account.account.name, password: account.password, client: "", policy: ConsoleFixture.policy)
            #expect(signIn.session.account == account.account)
        }
        // Running the demo again gives new passwords to the same accounts.
        let again = try DemoAccounts.create(in: fixture.workspace, policy: ConsoleFixture.policy)
        #expect(again.accounts.map(\.account.id) == demo.accounts.map(\.account.id))
    }
}
