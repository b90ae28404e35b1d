import LinliEngine
import LinliModel
import LinliTestSupport
import Testing

/// Each reason code produced by the solver, and the same code from the checker's independent oracle.
@Suite struct SolverReasonTests {
    /// A district and the reason its `D1` on Monday must be unmet with.
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let reason: UnmetReason
        let district: DistrictBuilder
        var testDescription: String { "\(reason.rawValue): \(name)" }
    }

    /// `H2`, 300 m north of `H1`, of an elderly person living alone (weight 2), and demand `D2` of it.
    static func rival(_ edit: @escaping (inout Demand) -> Void = { _ in }) -> DistrictBuilder {
        DistrictBuilder()
            .addingHousehold("H2", east: 500, north: 300) { $0.priorityGroup = .elderlyAlone }
            .addingDemand("D2", household: "H2", edit)
    }

    static let cases: [Case] = [
        Case(name: "no item of the category", reason: .noMenu, district: DistrictBuilder().menuItem { $0.category = .laundry }),
        Case(name: "no point within reach", reason: .noMenu, district: DistrictBuilder().household { $0.location = Fixtures.place(east: 2_500) }),
        Case(name: "every offer above budget", reason: .overBudget, district: DistrictBuilder().demand { $0.maxPrice = Fen(5_000) }),
        Case(name: "the only worker untrained", reason: .noQualifiedWorker, district: DistrictBuilder().worker { $0.trainedOn = Fixtures.day(3) }),
        Case(name: "the only worker rests", reason: .noTime, district: DistrictBuilder().with { $0.shiftDays.removeAll { $0.weekday == 1 } }),
        Case(name: "a weightier visit at the same time", reason: .outcompeted, district: rival()),
        Case(name: "a weightier visit right after, across town", reason: .outcompeted, district: rival {
            $0.windowStart = Fixtures.time("11:00")
            $0.windowEnd = Fixtures.time("13:00")
        }),
        Case(name: "a weightier visit on Tuesday takes the week cap", reason: .outcompeted, district: rival { $0.weekdays = [2] }.worker {
            $0.maxWeekMinutes = 200
        }),
    ]

    /// `past` belongs to replan runs only (ReplanEngineTests covers it).
    @Test func everyCodeHasACase() {
        #expect(Set(Self.cases.map(\.reason)) == Set(UnmetReason.allCases).subtracting([.past]))
    }

    @Test(arguments: cases)
    func solverGivesTheCodeTheCheckerExpects(_ c: Case) {
        let run = SolverRun(c.district)
        #expect(run.row() == nil)
        #expect(run.reason() == c.reason)
        #expect(run.reasonDisagreements() == [])
        let report = run.check()
        #expect(report.isValid, "\(report.violations) \(report.reasonProblems)")
        if c.reason == .outcompeted {
            #expect(run.solution.assignments.map(\.demandID) == ["D2"])
        }
    }

    /// Without the weight-2 rival, the outcompeted visit is served: it lost on the score, not on a rule.
    @Test func outcompetedVisitIsServedAlone() {
        let run = SolverRun(DistrictBuilder().worker { $0.maxWeekMinutes = 200 })
        #expect(run.row()?.workerID == "W1")
    }
}
