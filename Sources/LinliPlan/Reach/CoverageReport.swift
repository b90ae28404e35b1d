import LinliModel

/// Reach and service per community and for the district, for one week (issue 5 `linli coverage`).
///
/// District figures are averages of the community figures weighted by each community's official
/// household count (communities.csv `households`, which Docs/Dataset.md says weighs a community in
/// district-wide rates), over the communities where the figure is defined. Only if those weights are
/// all zero do the listed households (households.csv rows) weigh instead.
public struct CoverageReport: Hashable, Sendable {
    public var week: ISOWeek
    /// Whether a roster of the week was given (service is n/a otherwise).
    public var hasRoster: Bool
    /// In community id order.
    public var communities: [CommunityCoverage]

    /// - Complexity: O(h log h + d + a + u + reach queries) for h households, d demands, a assignments, u unmet visits.
    public init(dataset: Dataset, week: ISOWeek, roster: Roster?, reach: Reach? = nil) {
        self.week = week
        hasRoster = roster != nil
        let reach = reach ?? Reach(dataset: dataset)
        var rows = Dictionary(
            dataset.communities.map {
                ($0.id, CommunityCoverage(
                    communityID: $0.id, name: $0.name, officialHouseholds: $0.households,
                    assignedWeightedMinutes: roster == nil ? nil : 0))
            }, uniquingKeysWith: { a, _ in a })
        var householdCommunity: [String: (community: String, weight: Int)] = [:]
        for (i, h) in dataset.households.enumerated() {
            householdCommunity[h.id] = (h.communityID, h.priorityGroup.weight)
            rows[h.communityID]?.listedHouseholds += 1
            if reach.reached[i] { rows[h.communityID]?.reachedHouseholds += 1 }
        }
        var demandInfo: [String: (community: String, value: Int)] = [:]
        for d in dataset.demands {
            guard let h = householdCommunity[d.householdID] else { continue }
            demandInfo[d.id] = (h.community, h.weight * d.minutes)
            rows[h.community]?.demandedWeightedMinutes += h.weight * d.minutes * d.visitDates(in: week).count
        }
        for a in roster?.assignments ?? [] {
            guard let d = demandInfo[a.demandID] else { continue }
            rows[d.community]?.assignedWeightedMinutes? += d.value
        }
        for u in roster?.unmet ?? [] {
            guard let d = demandInfo[u.demandID] else { continue }
            rows[d.community]?.unmetByReason[u.reason, default: 0] += 1
        }
        communities = rows.values.sorted { $0.communityID < $1.communityID }
    }

    public init(week: ISOWeek, hasRoster: Bool, communities: [CommunityCoverage]) {
        self.week = week
        self.hasRoster = hasRoster
        self.communities = communities
    }

    /// District reach: community reach weighted by official households.
    public var districtReach: Double? { weightedMean(\.reach) }

    /// District service: community fill rates weighted by official households.
    public var districtService: Double? { weightedMean(\.service) }

    /// Households reached ÷ households listed, district-wide and unweighted.
    public var listedReach: Double? {
        let listed = communities.reduce(0) { $0 + $1.listedHouseholds }
        return listed == 0 ? nil : Double(communities.reduce(0) { $0 + $1.reachedHouseholds }) / Double(listed)
    }

    /// Communities whose reach or service falls short of `target`, lowest reach first.
    public func below(_ target: Double) -> [CommunityCoverage] {
        communities.filter { $0.isBelow(target) }
            .sorted { ($0.reach ?? 2, $0.service ?? 2, $0.communityID) < ($1.reach ?? 2, $1.service ?? 2, $1.communityID) }
    }

    /// Unmet visits by reason over all communities.
    public var unmetByReason: [UnmetReason: Int] {
        communities.reduce(into: [:]) { total, c in total.merge(c.unmetByReason, uniquingKeysWith: +) }
    }

    private func weightedMean(_ figure: KeyPath<CommunityCoverage, Double?>) -> Double? {
        let defined = communities.compactMap { c in c[keyPath: figure].map { (c, $0) } }
        guard !defined.isEmpty else { return nil }
        let official = defined.reduce(0) { $0 + $1.0.officialHouseholds }
        let weight: (CommunityCoverage) -> Int = official > 0 ? { $0.officialHouseholds } : { $0.listedHouseholds }
        let total = defined.reduce(0) { $0 + weight($1.0) }
        guard total > 0 else { return nil }
        return defined.reduce(0.0) { $0 + Double(weight($1.0)) * $1.1 } / Double(total)
    }
}
