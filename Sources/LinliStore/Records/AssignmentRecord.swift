import GRDB
import LinliModel

/// A row of `assignments`: one roster row of a run. Rows are written in bulk by ``insert(_:runID:_:)``.
struct AssignmentRecord: Decodable, FetchableRecord, TableRecord {
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
    /// Inserts a run's rows through one prepared statement, in order: the fast path for rosters
    /// of tens of thousands of rows (several times faster than encoding a record per row).
    static func insert(_ rows: [Assignment], runID: Int64, _ db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO assignments (run_id, demand_id, date, start, "end", worker_id, enterprise_id, item_code, price_fen)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for a in rows {
            statement.setUncheckedArguments([
                runID, a.demandID, a.date.description, a.start.minutes, a.end.minutes, a.workerID, a.enterpriseID,
                a.itemCode, a.price.value,
            ])
            try statement.execute()
        }
    }

    func model() throws -> Assignment {
        let table = Self.databaseTableName
        return Assignment(
            demandID: demandID, date: try StoredValue.day(date, table, "date"),
            start: try StoredValue.time(start, table, "start"), end: try StoredValue.time(end, table, "end"), workerID: workerID,
            enterpriseID: enterpriseID, itemCode: itemCode, price: Fen(try StoredValue.number(priceFen, in: StoredValue.visitPriceFen, table, "price_fen")))
    }
}
