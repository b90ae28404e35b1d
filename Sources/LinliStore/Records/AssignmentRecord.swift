import GRDB
import LinliModel

/// A row of `assignments`: one roster row of a run.
struct AssignmentRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "assignments"

    var runID: Int64
    var demandID: String
    var date: String
    var start: Int
    var end: Int
    var workerID: String
    var enterpriseID: String
    var itemCode: String
    var priceFen: Int

    enum CodingKeys: String, CodingKey {
        case runID = "run_id", demandID = "demand_id", date, start, end, workerID = "worker_id"
        case enterpriseID = "enterprise_id", itemCode = "item_code", priceFen = "price_fen"
    }

    enum Columns {
        static let id = Column("id")
        static let runID = Column(CodingKeys.runID)
        static let demandID = Column(CodingKeys.demandID)
        static let date = Column(CodingKeys.date)
        static let start = Column(CodingKeys.start)
        static let workerID = Column(CodingKeys.workerID)
    }
}

extension AssignmentRecord {
    init(runID: Int64, _ a: Assignment) {
        self.init(
            runID: runID, demandID: a.demandID, date: a.date.description, start: a.start.minutes, end: a.end.minutes,
            workerID: a.workerID, enterpriseID: a.enterpriseID, itemCode: a.itemCode, priceFen: a.price.value)
    }

    func model() throws -> Assignment {
        Assignment(
            demandID: demandID, date: try StoredValue.day(date, Self.databaseTableName, "date"),
            start: TimeOfDay(minutes: start), end: TimeOfDay(minutes: end), workerID: workerID,
            enterpriseID: enterpriseID, itemCode: itemCode, price: Fen(priceFen))
    }
}
