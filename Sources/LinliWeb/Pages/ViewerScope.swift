import LinliStore

/// What a signed-in viewer may see, from its account: the filter every page applies in its queries.
public enum ViewerScope: Hashable, Sendable {
    /// Admin: everything.
    case all
    /// Office: one community's households and what concerns them.
    case community(String)
    /// Enterprise: one enterprise's menu, workers and routes.
    case enterprise(String)
    /// Planner: aggregates only, never a personal row.
    case aggregates
    /// An office or enterprise account whose scope id is missing: sees nothing.
    case nothing

    /// Whether the viewer may read district-wide figures (every community's counts, every worker's workload): an
    /// admin and a planner; an office or an enterprise reads only its own scope's.
    public var seesDistrict: Bool { self == .all || self == .aggregates }

    public init(_ account: ConsoleAccount) {
        switch account.role {
        case .admin: self = .all
        case .planner: self = .aggregates
        case .office: self = account.communityID.map(ViewerScope.community) ?? .nothing
        case .enterprise: self = account.enterpriseID.map(ViewerScope.enterprise) ?? .nothing
        }
    }
}
