import GRDB
import LinliModel

/// A row of `unmet_visits`: a visit a run left off its roster, with the reason.
struct UnmetVisitRecord: Codable, FetchableRecord, PersistableRecord {
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
    init(runID: Int64, _ u: UnmetVisit) {
        self.init(runID: runID, demandID: u.demandID, date: u.date.description, reason: u.reason.rawValue)
    }

    func model() throws -> UnmetVisit {
        let table = Self.databaseTableName
        return UnmetVisit(
            demandID: demandID, date: try StoredValue.day(date, table, "date"),
            reason: try StoredValue.code(reason, table, "reason"))
    }
}
