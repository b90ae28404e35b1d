/// The rows of a dataset by id, for the files and sheets that people read: a roster row names ids,
/// and this finds the worker's name, the household's address and community, the item's name.
public struct DatasetLookup: Sendable {
    public let communities: [String: Community]
    public let servicePoints: [String: ServicePoint]
    public let enterprises: [String: Enterprise]
    public let workers: [String: Worker]
    public let households: [String: Household]
    public let demands: [String: Demand]
    /// Per enterprise and item code, every version of the item.
    private let menu: [String: [String: [MenuItem]]]

    /// Indexes `dataset`; of two rows with one id (which validation never lets in) the first is kept.
    /// - Complexity: O(size of the dataset).
    public init(_ dataset: Dataset) {
        communities = Self.byID(dataset.communities, \.id)
        servicePoints = Self.byID(dataset.servicePoints, \.id)
        enterprises = Self.byID(dataset.enterprises, \.id)
        workers = Self.byID(dataset.workers, \.id)
        households = Self.byID(dataset.households, \.id)
        demands = Self.byID(dataset.demands, \.id)
        var menu: [String: [String: [MenuItem]]] = [:]
        for item in dataset.menu { menu[item.enterpriseID, default: [:]][item.itemCode, default: []].append(item) }
        self.menu = menu
    }

    /// The household a demand is for.
    public func household(ofDemand demandID: String) -> Household? {
        demands[demandID].flatMap { households[$0.householdID] }
    }

    /// The community of a household.
    public func community(of household: Household) -> Community? { communities[household.communityID] }

    /// The version of an item in force on `day`, or its earliest version when none is yet.
    /// - Complexity: O(versions of the item).
    public func menuItem(enterpriseID: String, itemCode: String, on day: Day) -> MenuItem? {
        guard let versions = menu[enterpriseID]?[itemCode] else { return nil }
        return versions.inForce(on: day).first ?? versions.min { ($0.effectiveFrom?.ordinal ?? .min) < ($1.effectiveFrom?.ordinal ?? .min) }
    }

    private static func byID<T>(_ rows: [T], _ id: (T) -> String) -> [String: T] {
        Dictionary(rows.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
    }
}
