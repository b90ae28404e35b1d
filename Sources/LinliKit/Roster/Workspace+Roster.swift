import Foundation
import LinliDataset
import LinliEngine
import LinliModel
import LinliStore

extension Workspace {
    /// `linli roster`: builds the week's roster, stores the run and publishes it in one transaction.
    ///
    /// Pins are the week's stored pins plus those of `request.pinsFile` (a file pin replaces a stored
    /// one of the same visit); file pins are stored in the transaction that publishes the roster they
    /// shaped. Each weekly demand's last worker comes from the roster published for the week before (its run
    /// is recorded with the new one); serving it earns the relationship bonus unless the options turn
    /// continuity off, and is counted either way.
    /// With `request.replanFrom` the run is a replan of the week's published roster: rows before that date
    /// are copied unchanged, later visits are rebuilt with a bonus for keeping their worker and start.
    /// The roster is published only if the stored dataset is still the one it was computed from. The time
    /// limit holds on the wall clock too, from the loaded dataset to the solution (``WallClock``); the report
    /// says where the time went (``RosterReport/timings``). A run the clock ended before it placed any visit of
    /// the days it rebuilt (``Roster/clockPlacedNothing(pins:)``, when the clock cut its placing short,
    /// ``Solution/placementCut``) is neither stored nor published: the roster published before stays. A run whose
    /// first roster placed every visit that fits, nothing beyond its pins or kept rows, is published as it is.
    /// - Throws: `KitError` for a missing database or dataset, a replan date outside the week or of a
    ///   week with no published roster, or a run the clock cut short before it placed anything
    ///   (`clockPlacedNothing`); `DiagnosticsError` for a bad pins.csv,
    ///   listing every pin that cannot be kept at its line; `PinError` or `KitError.pinRefused` for an
    ///   impossible stored pin; `StoreError` when the database cannot be written, the dataset changed while
    ///   rostering, or another run published the week where this one expected none (`request.unpublishedOnly`) or,
    ///   for a replan, the roster it replans (`publishedChanged`; nothing is stored then).
    /// - Complexity: that of building the problem and solving it (see `Problem` and `Solver`).
    public func roster(_ request: RosterRequest, progress: (String) -> Void = { _ in }) throws -> RosterReport {
        try roster(request, progress: progress) { WallClock.deadline(seconds: request.options.timeLimit, phases: $0) }
    }

    /// ``roster(_:progress:)`` with the deadline `deadline` makes from the run's phase clock: a test hook for a
    /// clock that runs out whatever the machine.
    func roster(
        _ request: RosterRequest, progress: (String) -> Void, deadline makeDeadline: (PhaseClock) -> Deadline
    ) throws -> RosterReport {
        let database = try existingDatabase()
        let clock = ContinuousClock()
        let loading = clock.now
        progress("loading the dataset")
        let revised = try loadRevisedDataset(from: database, recordsOf: request.week)
        let dataset = revised.dataset
        let filePins = try request.pinsFile.map { path throws in try RosterFiles.readLocatedPins(path) } ?? []
        let pins = Self.merge(stored: try database.pins(week: request.week), file: filePins.map(\.pin))
        let lastWeek = try database.lastWeek(request.week.previous)
        let basis = try request.replanFrom.map { day throws in
            guard request.week.contains(day) else { throw KitError.dayOutsideWeek(day: day, week: request.week) }
            guard let published = try database.publishedRun(week: request.week) else { throw KitError.noRoster(week: request.week) }
            return ReplanBasis(from: day, replaced: published.roster, replacedRunID: published.runID)
        }
        let replacing: PublishedExpectation = basis.map { .run($0.replacedRunID) } ?? (request.unpublishedOnly ? .nothing : .anything)
        guard replacing.holds(for: try database.publishedRunID(week: request.week)) else {
            throw StoreError.publishedChanged(path: databasePath, week: request.week.description)
        }
        try Self.review(pins, filePins: filePins, in: dataset, request: request, replan: basis, databasePath: databasePath)
        try database.checkWritable()

        let phases = PhaseClock()
        let deadline = makeDeadline(phases)
        progress("compiling \(request.week)")
        let problem = try Problem(
            dataset: dataset, week: request.week, options: request.options, pins: pins, previous: lastWeek?.workers ?? [:], replan: basis,
            deadline: deadline)
        progress("solving \(problem.visitCount) visits with \(problem.workerCount) workers (time limit \(request.options.timeLimit) s"
            + (request.proveSeconds > 0 ? ", then up to \(request.proveSeconds) s proving the bound)" : ")"))
        // The proof's clock runs from the same start: the run takes at most the time limit plus the proof.
        let proofDeadline = request.proveSeconds > 0
            ? WallClock.deadline(seconds: request.options.timeLimit + request.proveSeconds, phases: phases) : .never
        let solution = Solver(options: request.options, proofSeconds: request.proveSeconds)
            .solve(problem, deadline: deadline, proofDeadline: proofDeadline)
        var roster = Roster(
            week: request.week, options: request.options, solution: solution, dataset: dataset,
            demandedWeightedMinutes: problem.demandedWeightedMinutes, seconds: phases.elapsed, replan: basis,
            lastWeekRunID: lastWeek?.runID)
        let solved = phases.elapsed
        var timings = phases.timings(load: (phases.start - loading).seconds, solved: solved, store: 0)
        roster.summary.phases = timings
        // A search the clock ended (or whose cooling it fitted) still keeps its first roster: only a cut placing counts.
        guard !(solution.placementCut && roster.clockPlacedNothing(pins: pins)) else {
            throw KitError.clockPlacedNothing(week: request.week, timeLimit: request.options.timeLimit)
        }

        progress("publishing")
        if request.pauseBeforePublishing > 0 { Thread.sleep(forTimeInterval: request.pauseBeforePublishing) }
        let publishing = clock.now
        let runID = try database.publish(roster, pins: filePins.map(\.pin), basedOn: revised.revision, replacing: replacing)
        var report = RosterReport(
            runID: runID, roster: roster, pinCount: pins.count, unmetByCommunity: CommunityCount.unmet(roster.unmet, in: dataset))
        timings.store = (clock.now - publishing).seconds
        report.timings = timings
        report.proveSeconds = request.proveSeconds
        return report
    }

    /// Stored pins with the file's pins laid over them (one per visit), ordered by visit.
    static func merge(stored: [Pin], file: [Pin]) -> [Pin] {
        var byVisit = Dictionary(stored.map { ($0.visit, $0) }, uniquingKeysWith: { _, b in b })
        for pin in file { byVisit[pin.visit] = pin }
        return byVisit.values.sorted { $0.visit < $1.visit }
    }

    /// Refuses pins no roster could keep: every problem of a pins.csv at its line, a stored pin's
    /// problems without one; in a replan, only pins dated from its day, with the frozen rows' minutes.
    private static func review(
        _ pins: [Pin], filePins: [LocatedPin], in dataset: Dataset, request: RosterRequest, replan: ReplanBasis?, databasePath: String
    ) throws {
        let problems = PinProblem.problems(of: pins, in: dataset, week: request.week, options: request.options, replan: replan)
        guard !problems.isEmpty else { return }
        let lines = Dictionary(filePins.map { ($0.pin, $0) }, uniquingKeysWith: { a, _ in a })
        if lines.isEmpty, let first = problems.first {
            if let rule = first.rule { throw rule }
            throw KitError.pinRefused(pin: first.pin, reason: first.message)
        }
        throw DiagnosticsError(problems.map { problem in
            guard let located = lines[problem.pin] else {
                return .error(file: databasePath, "stored pin \(problem.pin.line): \(problem.message)")
            }
            return .error(file: located.file, line: located.line, column: problem.column, problem.message)
        }.sorted { ($0.file, $0.line) < ($1.file, $1.line) })
    }
}
