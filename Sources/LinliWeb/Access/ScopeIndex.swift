import LinliModel
import LinliStore

/// Who owns what in the stored dataset: the lookups ``AccessPolicy`` needs to decide whether an id is in a
/// viewer's scope.
public struct ScopeIndex: Sendable {
    let communities: Set<String>
    let enterprises: Set<String>
    /// Household id → its community.
    let householdCommunity: [String: String]
    /// Demand id → its household's community.
    let demandCommunity: [String: String]
    /// Worker id → its enterprise.
    let workerEnterprise: [String: String]

    /// - Complexity: O(rows of the dataset).
    public init(_ dataset: Dataset) {
        communities = Set(dataset.communities.map(\.id))
        enterprises = Set(dataset.enterprises.map(\.id))
        let households = Dictionary(dataset.households.map { ($0.id, $0.communityID) }, uniquingKeysWith: { a, _ in a })
        householdCommunity = households
        demandCommunity = Dictionary(
            dataset.demands.compactMap { d in households[d.householdID].map { (d.id, $0) } }, uniquingKeysWith: { a, _ in a })
        workerEnterprise = Dictionary(dataset.workers.map { ($0.id, $0.enterpriseID) }, uniquingKeysWith: { a, _ in a })
    }

    /// Whether `account` may touch the dataset row `id` of `kind` (runs are not rows of the dataset: see
    /// ``AccessPolicy``). An id that does not exist is never permitted.
    ///
    /// - office: its community, and the households and demands in it;
    /// - enterprise: its enterprise and its workers;
    /// - planner: communities and enterprises (aggregates by them), never a household, demand or worker;
    /// - admin: every row that exists.
    public func permits(_ account: ConsoleAccount, _ kind: ScopedID.Kind, _ id: String) -> Bool {
        let role = account.role
        switch kind {
        case .community:
            guard communities.contains(id) else { return false }
            return role == .admin || role == .planner || (role == .office && account.communityID == id)
        case .enterprise:
            guard enterprises.contains(id) else { return false }
            return role == .admin || role == .planner || (role == .enterprise && account.enterpriseID == id)
        case .household:
            return inCommunity(householdCommunity[id], of: account)
        case .demand:
            return inCommunity(demandCommunity[id], of: account)
        case .worker:
            guard let enterprise = workerEnterprise[id] else { return false }
            return role == .admin || (role == .enterprise && account.enterpriseID == enterprise)
        case .run:
            return false
        }
    }

    private func inCommunity(_ community: String?, of account: ConsoleAccount) -> Bool {
        guard let community else { return false }
        return account.role == .admin || (account.role == .office && account.communityID == community)
    }
}
