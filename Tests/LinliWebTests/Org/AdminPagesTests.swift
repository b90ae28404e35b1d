import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LinliKit
import LinliStore
import Testing

@testable import LinliWeb

/// The admin pages: accounts added, disabled, enabled and given new passwords, each audited.
@Suite("Admin pages")
struct AdminPagesTests {
    @Test func anAdminAddsAnAccountThatCanSignInAndTheAuditLogShowsIt() async throws {
        let fixture = try ConsoleFixture()
        let community = try #require(fixture.dataset.communities.first).id
        try await fixture.test { client in
            let admin = try fixture.browser("admin")
            let added = try await admin.post(
                "/admin/accounts", client, fields: [("name", "clerk"), ("role", "office"), ("community", community), ("password", "a-long-password")])
            // Post/Redirect/Get: the change answers a redirect to the list, which says what was done.
            #expect(added.status == .seeOther)
            let location = try #require(added.headers[.location])
            #expect(location.hasPrefix("/admin/accounts?done=added&account="))
            let list = try await admin.get(location, client)
            #expect(list.status == .ok && list.text.contains("已添加账号 (added) clerk"))
            #expect(try await admin.get("/admin/accounts?done=added&account=999999", client).text.contains("已添加账号") == false)
            let audit = try await admin.get("/admin/audit", client)
            #expect(audit.text.contains("account.add"))
            #expect(!audit.text.contains("a-long-password"))
            // A page number whose offset would overflow is an empty page, not a crash of the server.
            for number in ["9223372036854775807", "-9223372036854775808", "10737418", "x"] {
                #expect(try await admin.get("/admin/audit?page=\(number)", client).status == .ok, "page \(number)")
            }
            let unknown = try await admin.post(
                "/admin/accounts", client, fields: [("name", "clerk2"), ("role", "office"), ("community", "NOWHERE"), ("password", "a-long-password")])
            #expect(unknown.status == .unprocessableContent)
            // A scope the role does not take is refused as `linli user add` refuses it, not dropped.
            let scoped = try await admin.post(
                "/admin/accounts", client, fields: [("name", "clerk3"), ("role", "planner"), ("community", community), ("password", "a-long-password")])
            #expect(scoped.status == .unprocessableContent)
            #expect(scoped.text.contains("does not apply to a planner account"), "\(scoped.text.prefix(300))")
        }
        #expect(try fixture.workspace.accounts().allSatisfy { $0.name != "clerk3" })
        #expect(try fixture.workspace.signIn(name: "clerk", password: "a-long-password", client: "", policy: ConsoleFixture.policy).session.account.role == .office)
    }

    @Test func aDisabledAccountCannotSignInUntilEnabledAndAResetChangesThePassword() async throws {
        let fixture = try ConsoleFixture()
        let planner = try fixture.account("planner")
        let session = try fixture.browser("planner")
        try await fixture.test { client in
            let admin = try fixture.browser("admin")
            #expect(try await admin.post("/admin/accounts/\(planner.id)/disable", client).status == .seeOther)
            #expect(try await session.get("/planner/coverage", client).status == .seeOther, "the planner's session ended")
            #expect(throws: ConsoleError.wrongPassword) {
                try fixture.workspace.signIn(name: "planner", password: ConsoleFixture.password, client: "", policy: ConsoleFixture.policy)
            }
            #expect(try await admin.post("/admin/accounts/\(planner.id)/enable", client).status == .seeOther)
            _ = try fixture.workspace.signIn(name: "planner", password: ConsoleFixture.password, client: "", policy: ConsoleFixture.policy)
            #expect(try await admin.post("/admin/accounts/\(planner.id)/password", client, fields: [("password", "new-password-1")]).status == .seeOther)
            _ = try fixture.workspace.signIn(name: "planner", password: "new-password-1", client: "", policy: ConsoleFixture.policy)
            #expect(try await admin.post("/admin/accounts/999999/disable", client).status == .notFound)
            #expect(try await admin.post("/admin/accounts/\(planner.id)/disable", client, csrf: false).status == .forbidden)
            let csv = try await admin.get("/admin/accounts.csv", client)
            #expect(csv.text.contains("planner"))
        }
        let actions = try fixture.workspace.auditLog().filter { $0.accountName == "admin" }.map(\.action)
        #expect(Set(["account.disable", "account.enable", "account.password"]).isSubset(of: Set(actions)))
    }

    @Test func batchStatusListsEveryWeekWithRuns() async throws {
        let fixture = try ConsoleFixture.sharedFixture()
        let weeks = Set(try fixture.workspace.runs(week: nil).map(\.week))
        try await fixture.test { client in
            let csv = try await fixture.browser("admin").get("/admin/batch.csv", client)
            #expect(csv.status == .ok)
            #expect(csv.text.split(separator: "\n").count == weeks.count + 1)
            #expect(try await fixture.browser("planner").get("/admin/batch", client).status == .forbidden)
        }
    }
}
