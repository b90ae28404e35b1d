import GRDB
import LinliModel

/// A row of `shift_days`: one working day of one cycle week of a pattern.
struct ShiftDayRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "shift_days"

    var patternID: String
    var cycleWeek: Int
    var weekday: Int
    var start: Int
    var end: Int

    enum CodingKeys: String, CodingKey {
        case patternID = "pattern_id", cycleWeek = "cycle_week", weekday, start, end
    }

    enum Columns {
        static let patternID = Column(CodingKeys.patternID)
        static let cycleWeek = Column(CodingKeys.cycleWeek)
        static let weekday = Column(CodingKeys.weekday)
    }
}

extension ShiftDayRecord {
    init(_ d: ShiftDay) {
        self.init(patternID: d.patternID, cycleWeek: d.cycleWeek, weekday: d.weekday, start: d.start.minutes, end: d.end.minutes)
    }

    func model() throws -> ShiftDay {
        let table = Self.databaseTableName
        return ShiftDay(
            patternID: patternID, cycleWeek: try StoredValue.number(cycleWeek, in: Limits.cycleWeek, table, "cycle_week"),
            weekday: try StoredValue.number(weekday, in: 1...7, table, "weekday"),
            start: try StoredValue.time(start, table, "start"), end: try StoredValue.time(end, table, "end"))
    }
}
