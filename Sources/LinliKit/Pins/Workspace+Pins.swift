import LinliEngine
import LinliModel
import LinliStore

extension Workspace {
    /// `linli pin add`: stores a pin after checking, by compiling its week with it and the week's other
    /// stored pins, that a roster can keep it.
    /// - Throws: `KitError.pinRefused` when the pin names an unknown demand or worker or a date that is no
    ///   visit of the demand; `PinError` naming the rule an impossible pin breaks (nothing is stored then).
    public func addPin(_ pin: Pin, includeIntermediary: Bool = false) throws {
        let database = try existingDatabase()
        let week = ISOWeek(containing: pin.date)
        let pins = Self.merge(stored: try database.pins(week: week), file: [pin])
        let problems = PinProblem.problems(
            of: pins, in: try loadDataset(from: database), week: week, options: RunOptions(includeIntermediary: includeIntermediary))
        if let problem = problems.first(where: { $0.pin == pin }) ?? problems.first {
            if let rule = problem.rule { throw rule }
            throw KitError.pinRefused(pin: problem.pin, reason: problem.message)
        }
        try database.addPins([pin])
    }

    /// `linli pin list`: the stored pins on dates of `week`, ordered by demand and date.
    public func pins(week: ISOWeek) throws -> [Pin] {
        try existingDatabase().pins(week: week)
    }

    /// `linli pin remove`: removes the pin of one visit.
    /// - Throws: `KitError.noPin` when that visit has none.
    public func removePin(demandID: String, date: Day) throws {
        guard try existingDatabase().removePin(demandID: demandID, date: date) else {
            throw KitError.noPin(demandID: demandID, date: date)
        }
    }
}
