import GRDB
import LinliModel

/// A row of `pins`: a visit fixed by hand to a worker, and optionally to a start time.
struct PinRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "pins"

    var demandID: String
    var date: String
    var workerID: String
    var start: Int?

    enum CodingKeys: String, CodingKey {
        case demandID = "demand_id", date, workerID = "worker_id", start
    }

    enum Columns {
        static let demandID = Column(CodingKeys.demandID)
        static let date = Column(CodingKeys.date)
    }
}

extension PinRecord {
    init(_ p: Pin) {
        self.init(demandID: p.demandID, date: p.date.description, workerID: p.workerID, start: p.start?.minutes)
    }

    func model() throws -> Pin {
        Pin(
            demandID: demandID, date: try StoredValue.day(date, Self.databaseTableName, "date"), workerID: workerID,
            start: start.map(TimeOfDay.init(minutes:)))
    }
}
