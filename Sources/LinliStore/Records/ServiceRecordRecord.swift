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
        static let knownAfterRun = Column(CodingKeys.knownAfterRun)
    }
}

extension ServiceRecordRecord {
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
