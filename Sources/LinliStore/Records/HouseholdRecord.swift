import GRDB
import LinliModel

/// A row of `households`.
struct HouseholdRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "households"

    var id: String
    var communityID: String
    var lat: Double
    var lon: Double
    var priorityGroup: String
    var address: String?

    enum CodingKeys: String, CodingKey {
        case id, communityID = "community_id", lat, lon, priorityGroup = "priority_group", address
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let communityID = Column(CodingKeys.communityID)
    }
}

extension HouseholdRecord {
    init(_ h: Household) {
        self.init(
            id: h.id, communityID: h.communityID, lat: h.location.lat, lon: h.location.lon,
            priorityGroup: h.priorityGroup.rawValue, address: h.address
        )
    }

    func model() throws -> Household {
        Household(
            id: id, communityID: communityID, location: try StoredValue.place(lat: lat, lon: lon, Self.databaseTableName),
            priorityGroup: try StoredValue.code(priorityGroup, Self.databaseTableName, "priority_group"), address: address)
    }
}
