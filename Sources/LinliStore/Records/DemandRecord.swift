import GRDB
import LinliModel

/// A row of `demands`; weekdays are stored as `1;3;5` (`""` for none).
struct DemandRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "demands"

    var id: String
    var householdID: String
    var category: String
    var mode: String
    var minutes: Int
    var recurrence: String
    var weekdays: String
    var date: String?
    var windowStart: Int
    var windowEnd: Int
    var maxPriceFen: Int?
    var preferredWorkerID: String?
    var activeFrom: String?
    var activeUntil: String?

    enum CodingKeys: String, CodingKey {
        case id, householdID = "household_id", category, mode, minutes, recurrence, weekdays, date
        case windowStart = "window_start", windowEnd = "window_end", maxPriceFen = "max_price_fen"
        case preferredWorkerID = "preferred_worker_id", activeFrom = "active_from", activeUntil = "active_until"
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let householdID = Column(CodingKeys.householdID)
    }
}

extension DemandRecord {
    init(_ d: Demand) {
        self.init(
            id: d.id, householdID: d.householdID, category: d.category.rawValue, mode: d.mode.rawValue,
            minutes: d.minutes, recurrence: d.recurrence.rawValue, weekdays: StoredValue.weekdaysText(d.weekdays),
            date: d.date?.description, windowStart: d.windowStart.minutes, windowEnd: d.windowEnd.minutes,
            maxPriceFen: d.maxPrice?.value, preferredWorkerID: d.preferredWorkerID,
            activeFrom: d.activeFrom?.description, activeUntil: d.activeUntil?.description)
    }

    func model() throws -> Demand {
        let table = Self.databaseTableName
        return Demand(
            id: id, householdID: householdID, category: try StoredValue.code(category, table, "category"),
            mode: try StoredValue.code(mode, table, "mode"), minutes: try StoredValue.number(minutes, in: Limits.visitMinutes, table, "minutes"),
            recurrence: try StoredValue.code(recurrence, table, "recurrence"),
            weekdays: try StoredValue.weekdays(weekdays, table, "weekdays"),
            date: try StoredValue.optionalDay(date, table, "date"),
            windowStart: try StoredValue.time(windowStart, table, "window_start"), windowEnd: try StoredValue.time(windowEnd, table, "window_end"),
            maxPrice: try StoredValue.optionalNumber(maxPriceFen, in: Limits.fen, table, "max_price_fen").map(Fen.init), preferredWorkerID: preferredWorkerID,
            activeFrom: try StoredValue.optionalDay(activeFrom, table, "active_from"),
            activeUntil: try StoredValue.optionalDay(activeUntil, table, "active_until"))
    }
}
