import GRDB
import LinliModel

extension AppDatabase {
    /// The pins on dates of `week`, ordered by demand and date.
    public func pins(week: ISOWeek) throws -> [Pin] {
        try read { db in
            typealias C = PinRecord.Columns
            let first = week.monday.description, last = week.monday.adding(days: 6).description
            return try PinRecord.filter(C.date >= first && C.date <= last).order(C.demandID, C.date).fetchAll(db)
                .map { try $0.model() }
        }
    }

    /// Stores `pins` in one transaction, replacing any pin of the same visit (demand, date).
    /// The demand and the worker must exist.
    public func addPins(_ pins: [Pin]) throws {
        try write { db in
            for pin in pins { try PinRecord(pin).upsert(db) }
        }
    }

    /// Removes the pin of one visit. - Returns: whether there was one.
    @discardableResult
    public func removePin(demandID: String, date: Day) throws -> Bool {
        try write { db in
            try PinRecord.deleteOne(db, key: [PinRecord.CodingKeys.demandID.rawValue: demandID, PinRecord.CodingKeys.date.rawValue: date.description])
        }
    }
}
