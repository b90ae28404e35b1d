import Foundation
import LinliDataset
import LinliEngine
import LinliModel
import LinliPlan
import LinliStore

extension Workspace {
    /// `linli coverage simulate`: adds the new points and the staffing to a copy of the stored dataset in
    /// memory, rosters the week before and after with the same options and the same pins (the week's
    /// stored pins with those of `request.pinsFile` laid over them, as `linli roster` keeps them;
    /// last workers from the roster published for the week before), and compares coverage. Nothing is written
    /// to the database, not even the file's pins.
    /// - Throws: `KitError` for a missing database or file, `DiagnosticsError` for bad points, staff or
    ///   pins files, `PinError` for a pin that cannot be kept before or after the changes.
    /// - Complexity: two roster builds and solves (see `Problem` and `Solver`), plus two coverage reports.
    public func simulateCoverage(_ request: CoverageSimulationRequest, progress: (String) -> Void = { _ in }) throws -> CoverageSimulation {
        let database = try existingDatabase()
        progress("loading the dataset")
        let dataset = try loadDataset(from: database)
        let previous = try database.lastWeek(request.week.previous)?.workers ?? [:]
        let filePins = try request.pinsFile.map { path throws in try RosterFiles.readPins(path) } ?? []
        let pins = Self.merge(stored: try database.pins(week: request.week), file: filePins)
        let added = try Self.newPoints(request.pointsFile, base: dataset)
        var changed = dataset
        changed.servicePoints += added
        var staff = StaffPlan()
        if let file = request.staffFile {
            guard FileManager.default.fileExists(atPath: file) else { throw KitError.missingPath(file) }
            staff = try DatasetReader.readStaffPlan(file)
            if !request.movesNamedWorkers && !staff.moves.isEmpty {
                throw DiagnosticsError(staff.moves.map {
                    .error(file: staff.file, line: $0.line, column: "worker_id",
                           "moving a named worker is for an admin: leave worker_id empty and hire (enterprise_id, skills, count)")
                })
            }
            changed = try staff.apply(to: changed, week: request.week)
        }
        progress("rostering \(request.week) as it is")
        let before = try Self.rosterInMemory(dataset, week: request.week, options: request.options, pins: pins, previous: previous)
        progress("rostering \(request.week) with the changes")
        let after = try Self.rosterInMemory(changed, week: request.week, options: request.options, pins: pins, previous: previous)
        let beforeReport = CoverageReport(dataset: dataset, week: request.week, roster: before)
        let afterReport = CoverageReport(dataset: changed, week: request.week, roster: after)
        var mapSVG: String?
        if request.mapPath != nil || request.embedMap {
            let map = CoverageMap(
                dataset: changed, report: afterReport, added: added, title: "Coverage after the simulated points (\(request.week))",
                subtitle: Self.mapSubtitle(afterReport, week: request.week, target: request.target,
                                           extra: " · before: reach \(CoverageOutcome.ratio(beforeReport.districtReach))"),
                target: request.target)
            mapSVG = try Self.deliverMap(map, to: request.mapPath, embed: request.embedMap)
        }
        return CoverageSimulation(
            week: request.week, target: request.target, before: beforeReport, after: afterReport,
            beforeSummary: before.summary, afterSummary: after.summary, addedPoints: added,
            movedWorkers: staff.moves.count, hiredWorkers: staff.hires.reduce(0) { $0 + $1.count }, pinCount: pins.count,
            mapPath: request.mapPath, mapSVG: mapSVG)
    }

    /// The points of `file` (service_points.csv columns), checked against `base`; ids must be new.
    static func newPoints(_ file: String, base: Dataset) throws -> [ServicePoint] {
        guard FileManager.default.fileExists(atPath: file) else { throw KitError.missingPath(file) }
        return try DatasetReader.readServicePoints(file, against: base, limit: Limits.whatIfPoints)
    }

    /// The week's roster of `dataset`, made in memory within the time limit on the wall clock as `linli roster`
    /// makes it (``WallClock``): each of the two rosters of a simulation has its own limit.
    static func rosterInMemory(
        _ dataset: Dataset, week: ISOWeek, options: RunOptions, pins: [Pin], previous: [String: String]
    ) throws -> Roster {
        let phases = PhaseClock()
        let deadline = WallClock.deadline(seconds: options.timeLimit, phases: phases)
        let problem = try Problem(dataset: dataset, week: week, options: options, pins: pins, previous: previous, deadline: deadline)
        let solution = Solver(options: options).solve(problem, deadline: deadline)
        return Roster(
            week: week, options: options, solution: solution, dataset: dataset,
            demandedWeightedMinutes: problem.demandedWeightedMinutes, seconds: phases.elapsed)
    }
}
