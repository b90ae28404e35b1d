import LinliModel
import LinliStore
import LinliWeb

/// Ids of the fixture's dataset inside and outside each test account's scope, by kind.
struct ScopeSamples {
    let fixture: ConsoleFixture
    let runID: String

    init(_ fixture: ConsoleFixture) throws {
        self.fixture = fixture
        guard let roster = try fixture.workspace.communityRoster(week: fixture.week, communityID: nil) else {
            throw FixtureError("the fixture's week has no published roster")
        }
        runID = String(roster.runID)
    }

    var dataset: Dataset { fixture.dataset }

    /// An id of `kind` that `account` may use (for the path parameters of requests it is allowed to make).
    func own(_ kind: ScopedID.Kind, for account: ConsoleAccount) -> String {
        let community = account.communityID ?? dataset.communities.map(\.id).min() ?? ""
        let enterprise = account.enterpriseID ?? dataset.enterprises.map(\.id).min() ?? ""
        switch kind {
        case .community: return community
        case .enterprise: return enterprise
        case .household: return households(in: community).first ?? ""
        case .demand: return demands(in: community).first ?? ""
        case .worker: return dataset.workers.first { $0.enterpriseID == enterprise }?.id ?? ""
        case .run: return runID
        }
    }

    /// An id of `kind` that `account` must not reach: another community's or enterprise's row, a row its role
    /// never sees, or for an admin an id that does not exist. Nil when the role may see every row of the kind
    /// (a planner's communities and enterprises).
    func foreign(_ kind: ScopedID.Kind, for account: ConsoleAccount) -> String? {
        if account.role == .admin { return kind == .run ? "999999" : "NO-SUCH-\(kind.rawValue)" }
        let otherCommunity = dataset.communities.map(\.id).sorted().first { $0 != account.communityID } ?? ""
        let otherEnterprise = dataset.enterprises.map(\.id).sorted().first { $0 != account.enterpriseID } ?? ""
        switch kind {
        case .community: return account.role == .planner ? nil : otherCommunity
        case .enterprise: return account.role == .planner ? nil : otherEnterprise
        case .household: return households(in: otherCommunity).first
        case .demand: return demands(in: otherCommunity).first
        case .worker: return dataset.workers.first { $0.enterpriseID == otherEnterprise }?.id
        case .run: return "999999"
        }
    }

    /// The personal ids `account` must never see in a page or a download: households and demands of other
    /// communities for an office; workers of other enterprises and every household for an enterprise; every
    /// household, demand and worker for a planner; nothing for an admin.
    func forbiddenTokens(for account: ConsoleAccount) -> [String] {
        let households = dataset.households, workers = dataset.workers
        switch account.role {
        case .admin:
            return []
        case .office:
            let foreign = Set(households.filter { $0.communityID != account.communityID }.map(\.id))
            return Array(foreign) + dataset.demands.filter { foreign.contains($0.householdID) }.map(\.id)
        case .enterprise:
            return workers.filter { $0.enterpriseID != account.enterpriseID }.map(\.id) + households.map(\.id)
        case .planner:
            return households.map(\.id) + dataset.demands.map(\.id) + workers.map(\.id)
                + households.compactMap(\.address) + workers.map(\.name)
        }
    }

    func households(in community: String) -> [String] {
        dataset.households.filter { $0.communityID == community }.map(\.id).sorted()
    }

    func demands(in community: String) -> [String] {
        let ids = Set(households(in: community))
        return dataset.demands.filter { ids.contains($0.householdID) }.map(\.id).sorted()
    }
}
