import LinliModel

/// Reach and service of one community in one week.
public struct CommunityCoverage: Hashable, Sendable {
    public var communityID: String
    public var name: String
    /// communities.csv `households`: the official count that weighs the community district-wide.
    public var officialHouseholds: Int
    /// Rows of households.csv in the community.
    public var listedHouseholds: Int
    public var reachedHouseholds: Int
    /// Σ weight × minutes over the community's visits of the week.
    public var demandedWeightedMinutes: Int
    /// The part of it on the roster; nil without a roster.
    public var assignedWeightedMinutes: Int?
    /// Unmet visits of the week by reason (empty without a roster).
    public var unmetByReason: [UnmetReason: Int]

    public init(
        communityID: String, name: String, officialHouseholds: Int, listedHouseholds: Int = 0, reachedHouseholds: Int = 0,
        demandedWeightedMinutes: Int = 0, assignedWeightedMinutes: Int? = nil, unmetByReason: [UnmetReason: Int] = [:]
    ) {
        self.communityID = communityID
        self.name = name
        self.officialHouseholds = officialHouseholds
        self.listedHouseholds = listedHouseholds
        self.reachedHouseholds = reachedHouseholds
        self.demandedWeightedMinutes = demandedWeightedMinutes
        self.assignedWeightedMinutes = assignedWeightedMinutes
        self.unmetByReason = unmetByReason
    }

    /// Reached ÷ listed households; nil when none is listed.
    public var reach: Double? {
        listedHouseholds == 0 ? nil : Double(reachedHouseholds) / Double(listedHouseholds)
    }

    /// Fill rate of the week's roster for this community's demand; nil without a roster or demand.
    public var service: Double? {
        guard let assignedWeightedMinutes, demandedWeightedMinutes > 0 else { return nil }
        return Double(assignedWeightedMinutes) / Double(demandedWeightedMinutes)
    }

    /// Whether reach or service (when known) falls short of `target`.
    public func isBelow(_ target: Double) -> Bool {
        (reach.map { $0 < target } ?? false) || (service.map { $0 < target } ?? false)
    }

    /// Unmet reasons with at least one visit, most frequent first (ties in the order of Docs/Rules.md).
    public var mainUnmetReasons: [(reason: UnmetReason, count: Int)] {
        unmetByReason.filter { $0.value > 0 }.map { (reason: $0.key, count: $0.value) }
            .sorted { ($1.count, $0.reason) < ($0.count, $1.reason) }
    }
}
