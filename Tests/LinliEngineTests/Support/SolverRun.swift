import LinliEngine
import LinliModel
import LinliTestSupport

/// One solver run on a dataset, with the independent checker of the same week and options beside it.
struct SolverRun {
    let dataset: Dataset
    let options: RunOptions
    let problem: Problem
    let solution: Solution
    /// Each demand's last worker, as last week's roster gave it.
    let previous: [String: String]

    /// Compiles and solves `dataset` for `Fixtures.week`, both under `deadline`; with `checkInvariants` the search
    /// recounts its state after every step and stops the test process on any drift; `coolingPeriod` replaces the
    /// search's (``SearchParameters/coolingPeriod``).
    /// - Throws: the ``PinError`` of an impossible pin.
    init(
        _ dataset: Dataset, seed: UInt64 = 1, timeLimit: Double = 0.002, includeIntermediary: Bool = false,
        pins: [Pin] = [], previous: [String: String] = [:], continuity: Bool = true, deadline: Deadline = .never,
        checkInvariants: Bool = false, coolingPeriod: Int? = nil
    ) throws(PinError) {
        self.dataset = dataset
        self.previous = previous
        options = RunOptions(includeIntermediary: includeIntermediary, seed: seed, timeLimit: timeLimit, continuity: continuity)
        problem = try Problem(
            dataset: dataset, week: Fixtures.week, options: options, pins: pins, previous: previous, deadline: deadline)
        var solver = Solver(options: options)
        solver.parameters.checkInvariants = checkInvariants
        if let coolingPeriod { solver.parameters.coolingPeriod = coolingPeriod }
        solution = solver.solve(problem, deadline: deadline)
    }

    /// Solves the district a builder holds.
    init(_ builder: DistrictBuilder, seed: UInt64 = 1, includeIntermediary: Bool = false) {
        // A builder's district has no pins, so nothing can throw.
        self = try! SolverRun(builder.build(), seed: seed, includeIntermediary: includeIntermediary)
    }

    var checker: RosterChecker {
        RosterChecker(dataset: dataset, week: Fixtures.week, includeIntermediary: options.includeIntermediary)
    }

    func check() -> CheckReport {
        checker.check(assignments: solution.assignments, unmet: solution.unmet, lastWeek: lastWeekRows, continuity: options.continuity)
    }

    /// One row per demand of `previous`, on the Monday of the week before, by its last worker.
    var lastWeekRows: [Assignment] {
        previous.map { demand, worker in
            Assignment(
                demandID: demand, date: Fixtures.week.previous.monday, start: TimeOfDay(minutes: 540), end: TimeOfDay(minutes: 600),
                workerID: worker, enterpriseID: "E1", itemCode: "CLN", price: Fen(0))
        }
    }

    /// The roster row of `demand` on ISO `weekday` of the week, if assigned.
    func row(_ demand: String = "D1", _ weekday: Int = 1) -> Assignment? {
        solution.assignments.first { $0.demandID == demand && $0.date == Fixtures.day(weekday) }
    }

    /// The reason `demand` on ISO `weekday` is unmet, or nil when it is not listed unmet.
    func reason(_ demand: String = "D1", _ weekday: Int = 1) -> UnmetReason? {
        solution.unmet.first { $0.demandID == demand && $0.date == Fixtures.day(weekday) }?.reason
    }

    /// Unmet visits whose code differs from the checker's `expectedReason`, as readable lines.
    func reasonDisagreements() -> [String] {
        let checker = checker
        return solution.unmet.compactMap { u in
            let expected = checker.expectedReason(demandID: u.demandID, date: u.date)
            return expected == u.reason ? nil : "\(u.demandID) \(u.date): solver \(u.reason.rawValue), checker \(expected?.rawValue ?? "not a visit")"
        }
    }
}
