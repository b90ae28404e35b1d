import LinliEngine
import LinliModel
import LinliTestSupport
import Testing

/// The engine side of replanning: frozen visits held, the stability term in the search, and `check`
/// comparing a replan with the roster it replaced.
@Suite struct ReplanEngineTests {
    static let wednesday = Fixtures.day(3)
    static let options = RunOptions(seed: 1, timeLimit: 0.05)

    /// A week solved from scratch and its roster.
    static func first(_ dataset: Dataset) throws -> Roster {
        let solution = Solver(options: options).solve(try Problem(dataset: dataset, week: Fixtures.week, options: options))
        return Roster(
            week: Fixtures.week, options: options, assignments: solution.assignments, unmet: solution.unmet,
            summary: RosterSummary(
                week: Fixtures.week, parts: solution.parts, assignedVisits: solution.assignments.count,
                unmetVisits: solution.unmet.count, demandedWeightedMinutes: 0, unmetByReason: [:]))
    }

    /// The replan of `basis`, with the search recounting its state after every step.
    static func replan(_ dataset: Dataset, basis: ReplanBasis) throws -> Solution {
        var solver = Solver(options: options)
        solver.parameters.checkInvariants = true
        return solver.solve(try Problem(dataset: dataset, week: Fixtures.week, options: options, replan: basis))
    }

    @Test func theSolverLeavesFrozenRowsToTheCallerAndKeepsEveryLaterVisitWhenNothingChanged() throws {
        let dataset = Fixtures.generated(.small, seed: 8)
        let roster = try Self.first(dataset)
        let basis = ReplanBasis(from: Self.wednesday, replaced: roster, replacedRunID: 1)
        let solution = try Self.replan(dataset, basis: basis)
        #expect(solution.assignments.allSatisfy { $0.date >= Self.wednesday })
        let before = Set(basis.previousRows.map { [$0.demandID, $0.date.description, $0.workerID, $0.start.description] })
        let after = Set(solution.assignments.map { [$0.demandID, $0.date.description, $0.workerID, $0.start.description] })
        #expect(before.isSubset(of: after))
        #expect(solution.parts.stableVisits == basis.previousRows.count)

        let all = solution.assignments + basis.frozenRows
        let report = RosterChecker(dataset: dataset, week: Fixtures.week, includeIntermediary: false)
            .check(assignments: all, unmet: solution.unmet, replan: basis)
        #expect(report.isValid, "\(report.violations) \(report.reasonProblems) \(report.frozenProblems)")
        #expect(abs(report.recomputed.score - solution.parts.score) <= 0.01)
        #expect(report.recomputed.stableVisits == basis.previousRows.count)
    }

    @Test func checkRefusesAFrozenRowThatChanged() throws {
        let dataset = Fixtures.generated(.small, seed: 8)
        let roster = try Self.first(dataset)
        let basis = ReplanBasis(from: Self.wednesday, replaced: roster, replacedRunID: 1)
        let solution = try Self.replan(dataset, basis: basis)
        var frozen = basis.frozenRows
        let first = try #require(frozen.indices.first)
        frozen[first].price = Fen(frozen[first].price.value + 1)
        let report = RosterChecker(dataset: dataset, week: Fixtures.week, includeIntermediary: false)
            .check(assignments: solution.assignments + frozen, unmet: solution.unmet, replan: basis)
        #expect(report.frozenProblems.count == 2)
        #expect(!report.isValid)
    }

    @Test func frozenRowsAreNotRecheckedEvenWhenTheDataChanged() throws {
        var dataset = Fixtures.generated(.small, seed: 8)
        let roster = try Self.first(dataset)
        let basis = ReplanBasis(from: Self.wednesday, replaced: roster, replacedRunID: 1)
        let worker = try #require(basis.frozenRows.first?.workerID)
        let w = try #require(dataset.workers.firstIndex { $0.id == worker })
        dataset.workers[w].certificateUntil = Fixtures.day(1).adding(days: -1)
        let solution = try Self.replan(dataset, basis: basis)
        #expect(!solution.assignments.contains { $0.workerID == worker })
        let report = RosterChecker(dataset: dataset, week: Fixtures.week, includeIntermediary: false)
            .check(assignments: solution.assignments + basis.frozenRows, unmet: solution.unmet, replan: basis)
        #expect(report.isValid, "\(report.violations) \(report.reasonProblems) \(report.frozenProblems)")
        #expect(abs(report.recomputed.score - solution.parts.score) <= 0.01)
    }

    /// A menu item removed since the replaced roster (`import --replace`) leaves the frozen rows that sold it as
    /// they are: the checker's recount still counts their minutes, as the solver does.
    @Test func frozenRowsOfARemovedMenuItemStillCount() throws {
        var dataset = Fixtures.generated(.small, seed: 8)
        let roster = try Self.first(dataset)
        let basis = ReplanBasis(from: Self.wednesday, replaced: roster, replacedRunID: 1)
        let sold = try #require(basis.frozenRows.first)
        dataset.menu.removeAll { $0.enterpriseID == sold.enterpriseID && $0.itemCode == sold.itemCode }
        let solution = try Self.replan(dataset, basis: basis)
        let report = RosterChecker(dataset: dataset, week: Fixtures.week, includeIntermediary: false)
            .check(assignments: solution.assignments + basis.frozenRows, unmet: solution.unmet, replan: basis)
        #expect(report.isValid, "\(report.violations) \(report.reasonProblems) \(report.frozenProblems)")
        #expect(abs(report.recomputed.score - solution.parts.score) <= 0.01, "\(report.recomputed.score) vs \(solution.parts.score)")
    }

    @Test func aVisitCancelledSinceIsNoVisitOfTheReplanAndCountsAsCancelled() throws {
        var dataset = Fixtures.generated(.small, seed: 8)
        let roster = try Self.first(dataset)
        let basis = ReplanBasis(from: Self.wednesday, replaced: roster, replacedRunID: 1)
        let row = try #require(basis.previousRows.first)
        dataset.serviceRecords.append(
            ServiceRecord(demandID: row.demandID, date: row.date, workerID: row.workerID, status: .householdCancelled))
        let solution = try Self.replan(dataset, basis: basis)
        #expect(!solution.assignments.contains { $0.visit == row.visit })
        #expect(!solution.unmet.contains { $0.visit == row.visit })
        let after = Roster(
            week: Fixtures.week, options: Self.options, assignments: solution.assignments + basis.frozenRows,
            unmet: solution.unmet, summary: roster.summary)
        let change = RosterChange.compare(before: roster, after: after, from: Self.wednesday).first { $0.visit == row.visit }
        #expect(change?.kind == .cancelled)
        let report = RosterChecker(dataset: dataset, week: Fixtures.week, includeIntermediary: false)
            .check(assignments: after.assignments, unmet: after.unmet, replan: basis)
        #expect(report.isValid, "\(report.violations) \(report.reasonProblems) \(report.frozenProblems)")
    }

    /// A frozen row whose visit was cancelled since stays on the roster, so its minutes still count toward
    /// the week cap: with every cap short of the week's work, the replan may not spend the cancelled minutes.
    @Test(arguments: [UInt64(1), 2])
    func frozenRowsCancelledSinceStillCountTowardTheWeekCap(seed: UInt64) throws {
        var dataset = Fixtures.generated(.tiny, seed: seed)
        for i in dataset.workers.indices { dataset.workers[i].maxWeekMinutes = 600 }
        let roster = try Self.first(dataset)
        let basis = ReplanBasis(from: Self.wednesday, replaced: roster, replacedRunID: 1)
        #expect(!basis.frozenRows.isEmpty)
        for row in basis.frozenRows {
            dataset.serviceRecords.append(
                ServiceRecord(demandID: row.demandID, date: row.date, workerID: row.workerID, status: .householdCancelled))
        }
        let solution = try Self.replan(dataset, basis: basis)
        let report = RosterChecker(dataset: dataset, week: Fixtures.week, includeIntermediary: false)
            .check(assignments: solution.assignments + basis.frozenRows, unmet: solution.unmet, replan: basis)
        #expect(report.isValid, "seed \(seed): \(report.violations) \(report.reasonProblems) \(report.frozenProblems)")
    }

    /// Pins of a replan share the week cap with the frozen rows before it: a worker whose cap holds the pins
    /// alone but not with what was served before the replan day is refused under rule 12, and only in the replan.
    @Test func pinsOfAReplanCountTheFrozenMinutesTowardTheWeekCap() throws {
        var dataset = Fixtures.generated(.tiny, seed: 1)
        let roster = try Self.first(dataset)
        let basis = ReplanBasis(from: Self.wednesday, replaced: roster, replacedRunID: 1)
        func minutes(_ rows: [Assignment]) -> Int { rows.reduce(0) { $0 + $1.end.minutes - $1.start.minutes } }
        let worker = try #require(Set(basis.frozenRows.map(\.workerID)).sorted().first { id in
            basis.previousRows.contains { $0.workerID == id }
        }, "some worker serves visits on both sides of the replan day")
        let frozen = minutes(basis.frozenRows.filter { $0.workerID == worker })
        let later = basis.previousRows.filter { $0.workerID == worker }
        let pins = later.map { Pin(demandID: $0.demandID, date: $0.date, workerID: worker) }
        let w = try #require(dataset.workers.firstIndex { $0.id == worker })
        dataset.workers[w].maxWeekMinutes = frozen + minutes(later) - 1
        let alone = Problem.pinProblems(dataset: dataset, week: Fixtures.week, options: Self.options, pins: pins)
        #expect(alone.isEmpty, "\(alone)")
        let replanned = Problem.pinProblems(dataset: dataset, week: Fixtures.week, options: Self.options, pins: pins, replan: basis)
        #expect(replanned.contains { $0.rule == 12 && $0.message.contains("served before the replan") }, "\(replanned)")
        #expect(throws: PinError.self) {
            try Problem(dataset: dataset, week: Fixtures.week, options: Self.options, pins: pins, replan: basis)
        }
    }

    /// In a replan, a pin dated before its day is history (its frozen row decides the visit), so even a pin
    /// that breaks a rule is not refused; a pin of another week still is (rule 13).
    @Test func aReplanLeavesPinsBeforeItsDayToHistoryButRefusesAnotherWeeksPin() throws {
        let dataset = Fixtures.generated(.tiny, seed: 1)
        let roster = try Self.first(dataset)
        let basis = ReplanBasis(from: Self.wednesday, replaced: roster, replacedRunID: 1)
        let row = try #require(basis.frozenRows.first)
        let demand = try #require(dataset.demands.first { $0.id == row.demandID })
        // Starting at the window's end, the visit would end after it: rule 10.
        let historic = Pin(demandID: row.demandID, date: row.date, workerID: row.workerID, start: demand.windowEnd)
        let outside = Problem.pinProblems(dataset: dataset, week: Fixtures.week, options: Self.options, pins: [historic])
        #expect(outside.contains { $0.rule == 10 }, "\(outside)")
        let inside = Problem.pinProblems(dataset: dataset, week: Fixtures.week, options: Self.options, pins: [historic], replan: basis)
        #expect(inside.isEmpty, "\(inside)")
        let lastWeek = Pin(demandID: row.demandID, date: row.date.adding(days: -7), workerID: row.workerID)
        let refused = Problem.pinProblems(dataset: dataset, week: Fixtures.week, options: Self.options, pins: [lastWeek], replan: basis)
        #expect(refused.contains { $0.rule == 13 }, "\(refused)")
    }
}
