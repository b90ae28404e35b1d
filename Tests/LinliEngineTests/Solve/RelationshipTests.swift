import LinliEngine
import LinliModel
import LinliTestSupport
import Testing

/// The stable-relationship term: +20 per visit served by the weekly demand's last worker is part of the
/// score the search maximises, not a tie-break, and it is counted (not scored) with continuity off.
@Suite struct RelationshipTests {
    /// `W2` lives 2.5 km farther from `H1` than `W1`: 10 points of extra kilometres per visit, less than the 20.
    static let fartherTwin = DistrictBuilder().addingWorker("W2") { $0.home = Fixtures.place(east: -3_500) }

    @Test func lastWeeksWorkerIsWorthSomeKilometres() throws {
        let run = try SolverRun(Self.fartherTwin.build(), previous: ["D1": "W2"])
        #expect(run.row()?.workerID == "W2")
        #expect(run.solution.parts.relationshipVisits == 1)
        #expect(run.solution.relationshipPossible == 1)
        let check = run.check()
        #expect(check.recomputed == run.solution.parts)
        #expect(check.relationshipPossible == 1)
        #expect(abs(check.recomputed.score - run.solution.parts.score) < 0.01)
    }

    @Test func withoutContinuityTheNearerWorkerServesAndTheFiguresStillCount() throws {
        let run = try SolverRun(Self.fartherTwin.build(), previous: ["D1": "W2"], continuity: false)
        #expect(run.row()?.workerID == "W1")
        #expect(run.solution.parts.relationshipVisits == 0)
        #expect(run.solution.relationshipPossible == 1)
        #expect(run.solution.parts.relationshipTerm == 0)
        #expect(run.check().recomputed == run.solution.parts)
    }

    /// Kept with continuity off, the visit counts but earns nothing: the two scores differ by exactly the term.
    @Test func theTermIsTwentyPerVisitOnlyWithContinuity() throws {
        let twins = DistrictBuilder().addingWorker("W2").demand { $0.weekdays = [1, 3, 5] }
        let on = try SolverRun(twins.build(), previous: ["D1": "W2"])
        let off = try SolverRun(twins.build(), previous: ["D1": "W2"], continuity: false)
        #expect(on.solution.parts.relationshipVisits == 3)
        #expect(abs(on.solution.parts.score - on.solution.parts.scoreWithoutRelationships - 60) < 1e-9)
        #expect(abs(on.solution.parts.scoreWithoutRelationships - off.solution.parts.score) < 0.01)
    }

    /// A once demand has no last worker, whatever last week's roster says.
    @Test func onceDemandsHaveNoLastWorker() throws {
        let district = Self.fartherTwin.demand { $0.recurrence = .once; $0.weekdays = []; $0.date = Fixtures.day(1) }
        let run = try SolverRun(district.build(), previous: ["D1": "W2"])
        #expect(run.row()?.workerID == "W1")
        #expect(run.solution.relationshipPossible == 0)
        #expect(run.check().relationshipPossible == 0)
    }

    /// A last worker whose certificate ran out cannot serve: the visit is not possible, and nobody keeps it.
    @Test func aLastWorkerWhoCannotServeIsNotPossible() throws {
        let district = Self.fartherTwin.worker("W2") { $0.certificateUntil = nil }
        let run = try SolverRun(district.build(), previous: ["D1": "W2"])
        #expect(run.row()?.workerID == "W1")
        #expect(run.solution.relationshipPossible == 0)
        #expect(run.check().relationshipPossible == 0)
    }

    /// Without a previous week nothing changes: the same roster and score as a run that never heard of one.
    @Test func noPreviousWeekScoresAsBefore() throws {
        let with = try SolverRun(Self.fartherTwin.build(), previous: [:])
        let without = try SolverRun(Self.fartherTwin.build(), previous: [:], continuity: false)
        #expect(with.solution.assignments == without.solution.assignments)
        #expect(with.solution.parts.score == without.solution.parts.score)
        #expect(with.solution.relationshipPossible == 0)
    }

    /// The bound counts the term: with it the bound rises, by at most the one visit's 20, and stays above
    /// the score that includes it (the Lagrangian bound may rise by less than 20 where the flow bound adds it whole).
    @Test func theBoundIncludesTheTerm() throws {
        let on = try SolverRun(Self.fartherTwin.build(), previous: ["D1": "W2"])
        let off = try SolverRun(Self.fartherTwin.build(), previous: ["D1": "W2"], continuity: false)
        #expect(on.solution.upperBound > off.solution.upperBound)
        #expect(on.solution.upperBound <= off.solution.upperBound + 20 + 1e-6)
        #expect(on.solution.upperBound >= on.solution.parts.score)
    }

    /// Two weeks of a generated district: the second reads the first's rows, keeps half as many again
    /// visits with their last worker as without continuity for at most 2% of the rest of the score, the
    /// search's state never drifts, and the checker recounts the same figures.
    @Test func aSecondWeekKeepsLastWeeksWorkers() throws {
        let dataset = Fixtures.generated(.small, seed: 2)
        let options = RunOptions(seed: 1, timeLimit: 0.05)
        let first = Solver(options: options).solve(try Problem(dataset: dataset, week: Fixtures.week, options: options))
        var latest: [String: Assignment] = [:]
        for row in first.assignments where latest[row.demandID].map({ $0.date < row.date }) ?? true { latest[row.demandID] = row }
        let previous = latest.mapValues(\.workerID)
        let week = Fixtures.week.next

        func second(continuity: Bool) throws -> (Solution, CheckReport) {
            var options = options
            options.continuity = continuity
            var solver = Solver(options: options)
            solver.parameters.checkInvariants = true
            let solution = solver.solve(try Problem(dataset: dataset, week: week, options: options, previous: previous))
            let report = RosterChecker(dataset: dataset, week: week, includeIntermediary: false).check(
                assignments: solution.assignments, unmet: solution.unmet, lastWeek: first.assignments, continuity: continuity)
            return (solution, report)
        }
        let (on, onReport) = try second(continuity: true)
        let (off, offReport) = try second(continuity: false)
        #expect(onReport.isValid && offReport.isValid)
        for (report, solution) in [(onReport, on), (offReport, off)] {
            #expect(report.recomputed.relationshipVisits == solution.parts.relationshipVisits)
            #expect(abs(report.recomputed.score - solution.parts.score) <= 0.01)
        }
        #expect(onReport.relationshipPossible == on.relationshipPossible && on.relationshipPossible == off.relationshipPossible)
        #expect(on.relationshipPossible > 0)
        // Medium and large districts, with the default effort, are measured in Tools/relation (README).
        #expect(Double(on.parts.relationshipVisits) >= 1.5 * Double(off.parts.relationshipVisits))
        #expect(on.parts.scoreWithoutRelationships >= 0.98 * off.parts.score)
    }
}
