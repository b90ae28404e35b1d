import GRDB
import LinliModel

/// A row of `enterprises`.
struct EnterpriseRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "enterprises"

    var id: String
    var name: String
    var employmentModel: String
    var credit: String
    var rating: Double?

    enum CodingKeys: String, CodingKey {
        case id, name, employmentModel = "model", credit, rating
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
    }
}

extension EnterpriseRecord {
    init(_ e: Enterprise) {
        self.init(id: e.id, name: e.name, employmentModel: e.model.rawValue, credit: e.credit.rawValue, rating: e.rating)
    }

    func model() throws -> Enterprise {
        let table = Self.databaseTableName
        return Enterprise(
            id: id, name: name, model: try StoredValue.code(employmentModel, table, "model"),
            credit: try StoredValue.code(credit, table, "credit"), rating: rating)
    }
}
