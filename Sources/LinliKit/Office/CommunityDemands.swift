import LinliDataset
import LinliModel

/// A community's households and their demands: the office's demand list (Docs/Console.md).
public struct CommunityDemands: Hashable, Sendable {
    public var communityID: String
    /// The community's households, by id.
    public var households: [Household]
    /// Their demands, by id.
    public var demands: [Demand]

    public init(communityID: String, households: [Household], demands: [Demand]) {
        self.communityID = communityID
        self.households = households
        self.demands = demands
    }

    /// The demands of each household, by household id.
    public var demandsByHousehold: [String: [Demand]] { Dictionary(grouping: demands, by: \.householdID) }

    /// Whether any of the demands asks for a visit in `week` (Docs/Rules.md "Visits").
    /// - Complexity: O(demands).
    public func hasVisits(in week: ISOWeek) -> Bool {
        demands.contains { !$0.visitDates(in: week).isEmpty }
    }

    /// The rows of demands.csv as `linli export dataset` writes them, so an office can edit the file and
    /// upload it again.
    public var csvRows: [[String]] { DatasetWriter.rows(of: .demands, in: Dataset(demands: demands)) }
}
