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

    /// The demands as the demands.csv `linli export dataset` writes (byte order mark first), so an office
    /// can edit the file and upload it again.
    public var csv: String { DatasetWriter.printableText(of: .demands, in: Dataset(demands: demands)) }
}
