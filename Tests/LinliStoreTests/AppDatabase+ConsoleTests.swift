import Foundation
import GRDB
@testable import LinliStore
import Testing

@Suite("Console accounts, sessions, failures and audit in the store")
struct AppDatabaseConsoleTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func namesAreUniqueAndRolesRoundTrip() throws {
        let store = try AppDatabase.inMemory()
        let office = try #require(try store.insertAccount(
            name: "zhang", role: .office, communityID: "C001", enterpriseID: nil, passwordHash: "$2b$hash", at: now))
        #expect(office.role == .office && office.communityID == "C001")
        #expect(try store.insertAccount(name: "zhang", role: .admin, communityID: nil, enterpriseID: nil, passwordHash: "x", at: now) == nil)
        #expect(try store.account(named: "zhang")?.passwordHash == "$2b$hash")
        #expect(try store.accounts().map(\.name) == ["zhang"])
    }

    @Test func aSessionLivesUntilItExpiresOrIsDeleted() throws {
        let store = try AppDatabase.inMemory()
        let account = try #require(try store.insertAccount(
            name: "li", role: .planner, communityID: nil, enterpriseID: nil, passwordHash: "h", at: now))
        #expect(try store.insertSession(selector: "t1", verifierHash: "v", accountID: account.id, passwordHash: "h", csrfToken: "c1", at: now, expiresAt: now + 60))
        #expect(try store.session(selector: "t1", at: now + 59)?.session.account == account)
        #expect(try store.session(selector: "t1", at: now)?.verifierHash == "v")
        #expect(try store.session(selector: "t1", at: now + 60) == nil)
        #expect(try store.session(selector: "other", at: now) == nil)
        try store.deleteSession(selector: "t1")
        #expect(try store.session(selector: "t1", at: now) == nil)
    }

    /// A sign-in that verified the password before an admin disabled the account or reset its password stores
    /// no session; and a disabled account's session is no session, should one be stored.
    @Test func aSessionNeedsTheHashTheSignInVerifiedAndAnEnabledAccount() throws {
        let store = try AppDatabase.inMemory()
        let account = try #require(try store.insertAccount(
            name: "zhou", role: .office, communityID: "C001", enterpriseID: nil, passwordHash: "h", at: now))
        #expect(try store.insertSession(selector: "old", verifierHash: "v", accountID: account.id, passwordHash: "stale", csrfToken: "c", at: now, expiresAt: now + 60) == false)
        #expect(try store.session(selector: "old", at: now) == nil)
        #expect(try store.insertSession(selector: "t", verifierHash: "v", accountID: account.id, passwordHash: "h", csrfToken: "c", at: now, expiresAt: now + 60))
        try store.write { try $0.execute(sql: "UPDATE users SET password_hash = '!' || password_hash WHERE id = ?", arguments: [account.id]) }
        #expect(try store.session(selector: "t", at: now) == nil)
        #expect(try store.insertSession(selector: "t2", verifierHash: "v", accountID: account.id, passwordHash: "h", csrfToken: "c", at: now, expiresAt: now + 60) == false)
    }

    @Test func replacingAnAccountEndsItsSessions() throws {
        let store = try AppDatabase.inMemory()
        let first = try store.replaceAccount(name: "admin", role: .admin, communityID: nil, enterpriseID: nil, passwordHash: "a", at: now)
        #expect(try store.insertSession(selector: "t", verifierHash: "v", accountID: first.id, passwordHash: "a", csrfToken: "c", at: now, expiresAt: now + 60))
        let second = try store.replaceAccount(name: "admin", role: .admin, communityID: nil, enterpriseID: nil, passwordHash: "b", at: now)
        #expect(second.id == first.id)
        #expect(try store.account(named: "admin")?.passwordHash == "b")
        #expect(try store.session(selector: "t", at: now) == nil)
    }

    @Test func failuresAreCountedInTheirWindowPerClientAndCleared() throws {
        let store = try AppDatabase.inMemory()
        for minute in 0..<3 { try store.recordLoginFailure(name: "wang", client: "10.0.0.1", at: now + Double(minute * 60), forgetBefore: now - 900) }
        try store.recordLoginFailure(name: "wang", client: "10.0.0.2", at: now, forgetBefore: now - 900)
        #expect(try store.loginFailures(name: "wang", client: "10.0.0.1", since: now) == (3, 4))
        #expect(try store.loginFailures(name: "wang", client: "10.0.0.1", since: now + 61) == (1, 1))
        #expect(try store.loginFailures(name: "wang", client: "10.0.0.3", since: now) == (0, 4))
        #expect(try store.loginFailures(name: "zhao", client: "10.0.0.1", since: now) == (0, 0))
        try store.clearLoginFailures(name: "wang", client: "10.0.0.1")
        #expect(try store.loginFailures(name: "wang", client: "10.0.0.1", since: now) == (0, 1))
    }

    @Test func theAuditLogListsNewestFirst() throws {
        let store = try AppDatabase.inMemory()
        for i in 0..<3 {
            try store.appendAudit(AuditEntry(at: now + Double(i), accountID: nil, accountName: "n\(i)", action: "a\(i)", details: "d"))
        }
        #expect(try store.auditLog(limit: 2).map(\.action) == ["a2", "a1"])
        #expect(try store.auditLog(limit: 5, offset: 2).map(\.action) == ["a0"])
    }
}
