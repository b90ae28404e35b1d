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

    func model() -> ShiftDay {
        ShiftDay(
            patternID: patternID, cycleWeek: cycleWeek, weekday: weekday,
            start: TimeOfDay(minutes: start), end: TimeOfDay(minutes: end))
    }
}
