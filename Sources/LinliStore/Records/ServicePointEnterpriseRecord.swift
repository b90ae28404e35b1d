import GRDB
import LinliModel

/// A row of `service_point_enterprises`: one enterprise operating from a point, at its place in the point's list.
struct ServicePointEnterpriseRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "service_point_enterprises"

    var pointID: String
    var enterpriseID: String
    var position: Int

    enum CodingKeys: String, CodingKey {
        case pointID = "point_id", enterpriseID = "enterprise_id", position
    }

    enum Columns {
        static let pointID = Column(CodingKeys.pointID)
        static let position = Column(CodingKeys.position)
    }

    /// The rows of `point`'s enterprise list.
    static func rows(of point: ServicePoint) -> [ServicePointEnterpriseRecord] {
        point.enterpriseIDs.enumerated().map { ServicePointEnterpriseRecord(pointID: point.id, enterpriseID: $1, position: $0) }
    }
}
