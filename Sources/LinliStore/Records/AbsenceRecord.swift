import GRDB
import LinliModel

/// A row of `absences`: one absence of one worker, days as `YYYY-MM-DD` text.
struct AbsenceRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "absences"

    var workerID: String
    var fromDay: String
    var untilDay: String
    var reason: String

    enum CodingKeys: String, CodingKey {
        case workerID = "worker_id", fromDay = "from_day", untilDay = "until_day", reason
    }

    enum Columns {
        static let workerID = Column(CodingKeys.workerID)
        static let fromDay = Column(CodingKeys.fromDay)
    }
}

extension AbsenceRecord {
    init(_ a: Absence) {
        self.init(workerID: a.workerID, fromDay: a.from.description, untilDay: a.until.description, reason: a.reason.rawValue)
    }

    func model() throws -> Absence {
        let table = Self.databaseTableName
        return Absence(
            workerID: workerID, from: try StoredValue.day(fromDay, table, "from_day"),
            until: try StoredValue.day(untilDay, table, "until_day"),
            reason: try StoredValue.code(reason, table, "reason"))
    }
}
