import Foundation
import LinliKit
import LinliModel
import LinliTestSupport
import Testing

/// The enterprise pages' use cases answer about one enterprise only.
@Suite struct EnterpriseScopeTests {
    @Test func workersMenuAndRatingsAreTheEnterprisesOwn() throws {
        let fixture = try KitFixture.imported()
        let enterprise = try #require(fixture.dataset.enterprises.first).id
        let own = Set(fixture.dataset.workers.filter { $0.enterpriseID == enterprise }.map(\.id))
        #expect(!own.isEmpty && own.count < fixture.dataset.workers.count)
        #expect(Set(try fixture.workspace.enterpriseWorkers(enterprise, on: Fixtures.monday).map(\.worker.id)) == own)
        #expect(Set(try fixture.workspace.enterpriseRatings(enterprise).workers.map(\.workerID)) == own)
        #expect(try fixture.workspace.enterpriseMenu(enterprise).allSatisfy { $0.enterpriseID == enterprise })
        #expect(throws: KitError.unknownEnterprise("nobody")) { try fixture.workspace.enterpriseMenu("nobody") }
    }

    @Test func aSheetOfAnotherEnterprisesWorkerIsAnUnknownWorker() throws {
        let fixture = try KitFixture.imported()
        _ = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick))
        let enterprise = try #require(fixture.dataset.enterprises.first).id
        let mine = try #require(fixture.dataset.workers.first { $0.enterpriseID == enterprise }).id
        let theirs = try #require(fixture.dataset.workers.first { $0.enterpriseID != enterprise }).id
        let sheet = try fixture.workspace.enterpriseSheet(SheetRequest(week: Fixtures.week, subject: .worker(mine)), enterprise: enterprise)
        #expect(sheet.heading == (try fixture.workspace.sheet(SheetRequest(week: Fixtures.week, subject: .worker(mine)))).heading)
        #expect(throws: KitError.unknownWorker(theirs)) {
            try fixture.workspace.enterpriseSheet(SheetRequest(week: Fixtures.week, subject: .worker(theirs)), enterprise: enterprise)
        }
    }
}
