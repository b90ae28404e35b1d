import LinliModel
import LinliStore
import Testing

@testable import LinliWeb

@Suite("Scope rules of each role")
struct ScopeIndexTests {
    @Test func eachRoleReachesExactlyItsRows() throws {
        let fixture = try ConsoleFixture.sharedFixture()
        let index = ScopeIndex(fixture.dataset)
        let office = try fixture.account("office-a"), enterprise = try fixture.account("enterprise-a")
        let planner = try fixture.account("planner"), admin = try fixture.account("admin")
        let own = try #require(office.communityID), firm = try #require(enterprise.enterpriseID)
        for household in fixture.dataset.households {
            #expect(index.permits(office, .household, household.id) == (household.communityID == own))
            #expect(!index.permits(enterprise, .household, household.id))
            #expect(!index.permits(planner, .household, household.id))
            #expect(index.permits(admin, .household, household.id))
        }
        let communityOf = Dictionary(uniqueKeysWithValues: fixture.dataset.households.map { ($0.id, $0.communityID) })
        for demand in fixture.dataset.demands {
            #expect(index.permits(office, .demand, demand.id) == (communityOf[demand.householdID] == own))
            #expect(!index.permits(planner, .demand, demand.id))
        }
        for worker in fixture.dataset.workers {
            #expect(index.permits(enterprise, .worker, worker.id) == (worker.enterpriseID == firm))
            #expect(!index.permits(office, .worker, worker.id))
            #expect(!index.permits(planner, .worker, worker.id))
        }
        for community in fixture.dataset.communities {
            #expect(index.permits(office, .community, community.id) == (community.id == own))
            #expect(index.permits(planner, .community, community.id))
            #expect(!index.permits(enterprise, .community, community.id))
        }
        for id in ["", "nope", "C999", "' OR 1=1 --"] {
            for account in [office, enterprise, planner, admin] {
                for kind in ScopedID.Kind.allCases { #expect(!index.permits(account, kind, id)) }
            }
        }
    }
}
