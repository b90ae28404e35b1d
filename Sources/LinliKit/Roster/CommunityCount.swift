import LinliModel

/// A number of visits in one community, for the "unmet by community" lines an office reads.
public struct CommunityCount: Hashable, Sendable {
    public var communityID: String
    public var name: String
    public var count: Int

    /// Unmet visits per community, most first (ties by id); communities with none are left out.
    /// - Complexity: O(demands + households + communities + unmet).
    static func unmet(_ unmet: [UnmetVisit], in dataset: Dataset) -> [CommunityCount] {
        let household = Dictionary(dataset.demands.map { ($0.id, $0.householdID) }, uniquingKeysWith: { a, _ in a })
        let community = Dictionary(dataset.households.map { ($0.id, $0.communityID) }, uniquingKeysWith: { a, _ in a })
        let names = Dictionary(dataset.communities.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var counts: [String: Int] = [:]
        for visit in unmet {
            guard let h = household[visit.demandID], let c = community[h] else { continue }
            counts[c, default: 0] += 1
        }
        return counts.map { CommunityCount(communityID: $0.key, name: names[$0.key] ?? "", count: $0.value) }
            .sorted { ($1.count, $0.communityID) < ($0.count, $1.communityID) }
    }
}
