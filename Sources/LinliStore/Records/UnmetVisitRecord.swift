import GRDB
import LinliModel

/// A row of `unmet_visits`: a visit a run left off its roster, with the reason. Written in bulk by ``insert(_:runID:_:)``.
struct UnmetVisitRecord: Decodable, FetchableRecord, TableRecord {
    static let databaseTableName = "unmet_visits"

    var runID: Int64
    var demandID: String
    var date: String
    var reason: String

    enum CodingKeys: String, CodingKey {
        case runID = "run_id", demandID = "demand_id", date, reason
    }

    enum Columns {
        static let id = Column("id")
        static let runID = Column(CodingKeys.runID)
        static let demandID = Column(CodingKeys.demandID)
        static let date = Column(CodingKeys.date)
    }
}

extension UnmetVisitRecord {
    /// Inserts a run's unmet visits through one prepared statement, in order.
    static func insert(_ rows: [UnmetVisit], runID: Int64, _ db: Database) throws {
        let statement = try db.cachedStatement(sql: "INSERT INTO unmet_visits (run_id, demand_id, date, reason) VALUES (?, ?, ?, ?)")
        for u in rows {
            statement.setUncheckedArguments([runID, u.demandID, u.date.description, u.reason.rawValue])
            try statement.execute()
        }
    }

    func model() throws -> UnmetVisit {
        let table = Self.databaseTableName
        return UnmetVisit(
            demandID: demandID, date: try StoredValue.day(date, table, "date"),
            reason: try StoredValue.code(reason, table, "reason"))
    }
}
