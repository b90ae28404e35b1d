import LinliDataset
import LinliEngine
import LinliModel
import LinliStore

extension Workspace {
    /// `linli roster`: builds the week's roster, stores the run and publishes it in one transaction.
    ///
    /// Pins are the week's stored pins plus those of `request.pinsFile` (a file pin replaces a stored
    /// one of the same visit); file pins are stored once they are known to be keepable. Continuity uses
    /// the roster published for the week before, unless the options turn it off. The time limit holds on
    /// the wall clock too, from the loaded dataset to the solution (``WallClock``).
    /// - Throws: `KitError` for a missing database or dataset, `DiagnosticsError` for a bad pins.csv,
    ///   `PinError` naming the rule an impossible pin breaks (nothing is stored then).
    /// - Complexity: that of building the problem and solving it (see `Problem` and `Solver`).
    public func roster(_ request: RosterRequest, progress: (String) -> Void = { _ in }) throws -> RosterReport {
        let database = try existingDatabase()
        progress("loading the dataset")
        let dataset = try loadDataset(from: database)
        let filePins = try request.pinsFile.map { path throws in try RosterFiles.readPins(path) } ?? []
        let pins = Self.merge(stored: try database.pins(week: request.week), file: filePins)
        let previous = request.options.continuity ? try database.workerByDemand(week: request.week.previous) : [:]

        let clock = ContinuousClock()
        let started = clock.now
        let deadline = WallClock.deadline(seconds: request.options.timeLimit, from: started)
        progress("compiling \(request.week)")
        let problem = try Problem(
            dataset: dataset, week: request.week, options: request.options, pins: pins, previous: previous, deadline: deadline)
        if !filePins.isEmpty { try database.addPins(filePins) }
        progress("solving \(problem.visitCount) visits with \(problem.workerCount) workers (time limit \(request.options.timeLimit) s)")
        let solution = Solver(options: request.options).solve(problem, deadline: deadline)
        let roster = Roster(
            week: request.week, options: request.options, solution: solution,
            demandedWeightedMinutes: problem.demandedWeightedMinutes, seconds: (clock.now - started).seconds)

        progress("publishing")
        let runID = try database.publish(roster)
        return RosterReport(
            runID: runID, roster: roster, pinCount: pins.count, unmetByCommunity: CommunityCount.unmet(roster.unmet, in: dataset))
    }

    /// Stored pins with the file's pins laid over them (one per visit), ordered by visit.
    static func merge(stored: [Pin], file: [Pin]) -> [Pin] {
        var byVisit = Dictionary(stored.map { ($0.visit, $0) }, uniquingKeysWith: { _, b in b })
        for pin in file { byVisit[pin.visit] = pin }
        return byVisit.values.sorted { $0.visit < $1.visit }
    }
}
