import GRDB
import LinliModel

/// A row of `service_points`; its enterprise list lives in ``ServicePointEnterpriseRecord``.
struct ServicePointRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "service_points"

    var id: String
    var name: String
    var communityID: String
    var lat: Double
    var lon: Double
    var radiusMeters: Double

    enum CodingKeys: String, CodingKey {
        case id, name, communityID = "community_id", lat, lon, radiusMeters = "radius_m"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
    }
}

extension ServicePointRecord {
    init(_ p: ServicePoint) {
        self.init(
            id: p.id, name: p.name, communityID: p.communityID, lat: p.location.lat, lon: p.location.lon,
            radiusMeters: p.radiusMeters)
    }

    func model(enterpriseIDs: [String]) throws -> ServicePoint {
        let table = Self.databaseTableName
        guard Limits.isRadius(radiusMeters) else {
            throw StoreError.corruptValue(table: table, column: "radius_m", value: "\(radiusMeters)")
        }
        return ServicePoint(
            id: id, name: name, communityID: communityID, location: try StoredValue.place(lat: lat, lon: lon, table),
            radiusMeters: radiusMeters, enterpriseIDs: enterpriseIDs)
    }
}
