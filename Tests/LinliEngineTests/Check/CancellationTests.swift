import LinliEngine
import LinliModel
import Testing

/// A visit its household cancelled is no visit: the solver neither assigns it nor lists it unmet, and
/// the checker refuses a roster row or an unmet line for it.
@Suite struct CancellationTests {
    typealias F = CheckFixture

    /// The fixture with D1's Wednesday visit cancelled by its household.
    static func cancelledWednesday() -> F {
        var f = F()
        f.dataset.serviceRecords = [
            ServiceRecord(demandID: "D1", date: F.wednesday, workerID: "W1", status: .householdCancelled, note: "出差"),
        ]
        return f
    }

    static let wednesdayVisit = VisitKey(demandID: "D1", date: F.wednesday)

    @Test func theSolverNeitherAssignsNorListsACancelledVisit() throws {
        let f = Self.cancelledWednesday()
        let options = RunOptions(seed: 1, timeLimit: 0.01)
        let problem = try Problem(dataset: f.dataset, week: F.week, options: options)
        let full = try Problem(dataset: F().dataset, week: F.week, options: options)
        #expect(problem.visitCount == full.visitCount - 1)
        #expect(problem.demandedWeightedMinutes == full.demandedWeightedMinutes - 120)
        let solution = Solver(options: options).solve(problem)
        #expect(!solution.assignments.contains { $0.visit == Self.wednesdayVisit })
        #expect(!solution.unmet.contains { $0.visit == Self.wednesdayVisit })
        #expect(solution.assignments.count + solution.unmet.count == 3)
        #expect(f.checker.check(assignments: solution.assignments, unmet: solution.unmet).isValid)
    }

    @Test func theCheckerRejectsARowOfACancelledVisit() {
        let f = Self.cancelledWednesday()
        let report = f.check()
        #expect(report.violations.contains { $0.rule == .once && $0.message.contains("not a visit") })
        #expect(!report.isValid)
    }

    @Test func theCheckerRejectsAnUnmetLineOfACancelledVisit() {
        var f = Self.cancelledWednesday()
        f.leaveUnmet("D1", F.wednesday, as: .outcompeted)
        #expect(f.check().reasonProblems.contains { $0.contains("not a visit") })
    }

    @Test func withTheRowRemovedTheRosterIsValid() {
        var f = Self.cancelledWednesday()
        f.assignments.removeAll { $0.visit == Self.wednesdayVisit }
        #expect(f.check().isValid)
    }

    @Test func otherStatusesCancelNothing() {
        var f = F()
        f.dataset.serviceRecords = [
            ServiceRecord(demandID: "D1", date: F.wednesday, workerID: "W1", status: .householdAbsent),
            ServiceRecord(demandID: "D1", date: F.monday, workerID: "W1", status: .workerNoShow),
        ]
        #expect(f.check().isValid)
    }

    @Test func aPinOfACancelledVisitIsRefused() {
        let f = Self.cancelledWednesday()
        let pin = Pin(demandID: "D1", date: F.wednesday, workerID: "W1", start: nil)
        #expect(throws: PinError.self) {
            try Problem(dataset: f.dataset, week: F.week, options: RunOptions(seed: 1, timeLimit: 0.01), pins: [pin])
        }
    }
}
