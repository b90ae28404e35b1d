import GRDB
import LinliModel

/// A row of `communities`.
struct CommunityRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "communities"

    var id: String
    var name: String
    var lat: Double
    var lon: Double
    var households: Int
    var street: String?

    enum Columns {
        static let id = Column(CodingKeys.id)
    }
}

extension CommunityRecord {
    init(_ c: Community) {
        self.init(id: c.id, name: c.name, lat: c.location.lat, lon: c.location.lon, households: c.households, street: c.street)
    }

    func model() throws -> Community {
        let table = Self.databaseTableName
        return Community(
            id: id, name: name, location: try StoredValue.place(lat: lat, lon: lon, table),
            households: try StoredValue.number(households, in: Limits.households, table, "households"), street: street)
    }
}
