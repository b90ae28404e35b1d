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

    /// The rows of demands.csv as `linli export dataset` writes them, so an office can edit the file and
    /// upload it again.
    public var csvRows: [[String]] { DatasetWriter.rows(of: .demands, in: Dataset(demands: demands)) }
}
