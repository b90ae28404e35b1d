import GRDB
import LinliModel

/// A row of `service_records`: what happened at one visit, keyed by (demand, date).
struct ServiceRecordRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "service_records"

    var demandID: String
    var date: String
    var workerID: String
    var status: String
    var started: Int?
    var ended: Int?
    var priceFen: Int?
    var stars: Int?
    var complaint: String?
    var note: String?
    /// The largest run id when this row last changed.
    var knownAfterRun: Int64

    enum CodingKeys: String, CodingKey {
        case demandID = "demand_id", date, workerID = "worker_id", status, started, ended, priceFen = "price_fen"
        case stars, complaint, note, knownAfterRun = "known_after_run"
    }

    enum Columns {
        static let demandID = Column(CodingKeys.demandID)
        static let date = Column(CodingKeys.date)
        static let workerID = Column(CodingKeys.workerID)
        static let status = Column(CodingKeys.status)
        static let started = Column(CodingKeys.started)
        static let ended = Column(CodingKeys.ended)
        static let priceFen = Column(CodingKeys.priceFen)
        static let stars = Column(CodingKeys.stars)
        static let complaint = Column(CodingKeys.complaint)
        static let note = Column(CodingKeys.note)
        static let knownAfterRun = Column(CodingKeys.knownAfterRun)
    }
}

extension ServiceRecordRecord {
    /// Decodes a row column by column: loading the whole dataset reads every stored record (a large district's
    /// 142,636), and the `Decodable` path took 0.6 s of generated large 1's `linli solve` when every run did.
    init(row: Row) throws {
        demandID = try row.decode(forColumn: Columns.demandID)
        date = try row.decode(forColumn: Columns.date)
        workerID = try row.decode(forColumn: Columns.workerID)
        status = try row.decode(forColumn: Columns.status)
        started = try row.decode(forColumn: Columns.started)
        ended = try row.decode(forColumn: Columns.ended)
        priceFen = try row.decode(forColumn: Columns.priceFen)
        stars = try row.decode(forColumn: Columns.stars)
        complaint = try row.decode(forColumn: Columns.complaint)
        note = try row.decode(forColumn: Columns.note)
        knownAfterRun = try row.decode(forColumn: Columns.knownAfterRun)
    }

    init(_ r: ServiceRecord, knownAfterRun: Int64) {
        self.init(
            demandID: r.demandID, date: r.date.description, workerID: r.workerID, status: r.status.rawValue,
            started: r.started?.minutes, ended: r.ended?.minutes, priceFen: r.price?.value, stars: r.stars,
            complaint: r.complaint?.rawValue, note: r.note, knownAfterRun: knownAfterRun)
    }

    func model() throws -> ServiceRecord {
        let table = Self.databaseTableName
        return ServiceRecord(
            demandID: demandID, date: try StoredValue.day(date, table, "date"), workerID: workerID,
            status: try StoredValue.code(status, table, "status"), started: try started.map { try StoredValue.time($0, table, "started") },
            ended: try ended.map { try StoredValue.time($0, table, "ended") },
            price: try StoredValue.optionalNumber(priceFen, in: Limits.fen, table, "price_fen").map(Fen.init),
            stars: try StoredValue.optionalNumber(stars, in: 1...5, table, "stars"),
            complaint: try complaint.map { try StoredValue.code($0, table, "complaint") }, note: note)
    }
}

extension ServiceRecordRecord {
    /// Inserts the row, or updates the stored row of its visit (demand, date), through one cached statement
    /// with positional arguments: the upsert of GRDB's records, without their per-row cost.
    ///
    /// A large district imports 142,636 records: GRDB's `upsert` prepared its statement anew for every row
    /// (19 s for `linli import` of generated large 1), and its `insert` encodes each record into a
    /// persistence container first (8.8 s); with this the whole import takes about 4 s.
    func upsertCached(_ db: Database) throws {
        try db.cachedStatement(sql: Self.upsertSQL).execute(arguments: [
            demandID, date, workerID, status, started, ended, priceFen, stars, complaint, note, knownAfterRun,
        ])
    }

    /// The statement of ``upsertCached(_:)``, its columns in the order of its arguments.
    private static let upsertSQL: String = {
        let key = [Columns.demandID, Columns.date]
        let values = [
            Columns.workerID, Columns.status, Columns.started, Columns.ended, Columns.priceFen, Columns.stars,
            Columns.complaint, Columns.note, Columns.knownAfterRun,
        ]
        let columns = (key + values).map(\.name)
        return "INSERT INTO \(databaseTableName) (\(columns.joined(separator: ", "))) VALUES ("
            + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ") "
            + "ON CONFLICT (\(key.map(\.name).joined(separator: ", "))) DO UPDATE SET "
            + values.map { "\($0.name) = excluded.\($0.name)" }.joined(separator: ", ")
    }()
}

extension ServiceRecordRecord {
    /// The records dated in `week` (Monday to Sunday), found through the index on their date.
    static func dated(in week: ISOWeek) -> QueryInterfaceRequest<ServiceRecordRecord> {
        filter((week.monday.description...week.monday.adding(days: 6).description).contains(Columns.date))
    }
}
