import LinliEngine
import LinliModel
import LinliTestSupport
import Testing

/// Rule 13: each visit of the week is assigned at most once or listed unmet once, and nothing else appears.
@Suite struct SolverOnceTests {
    /// Every (demand, date) the roster and unmet list mention, with how often.
    static func mentions(_ run: SolverRun) -> [VisitKey: Int] {
        (run.solution.assignments.map(\.visit) + run.solution.unmet.map(\.visit)).reduce(into: [:]) { $0[$1, default: 0] += 1 }
    }

    @Test(arguments: [-7, 7, 30])
    func onceDemandOfAnotherWeekGivesNoRow(_ offset: Int) {
        let district = DistrictBuilder().addingDemand("D2") {
            $0.recurrence = .once
            $0.weekdays = []
            $0.date = Fixtures.monday.adding(days: offset)
        }
        let run = SolverRun(district)
        #expect(run.problem.visitCount == 1)
        #expect(Self.mentions(run) == [VisitKey(demandID: "D1", date: Fixtures.monday): 1])
        #expect(run.check().isValid)
    }

    @Test func onceDemandOfThisWeekIsAVisit() {
        let district = DistrictBuilder().addingDemand("D2") {
            $0.recurrence = .once
            $0.weekdays = []
            $0.date = Fixtures.day(4)
            $0.windowStart = Fixtures.time("14:00")
            $0.windowEnd = Fixtures.time("16:00")
        }
        let run = SolverRun(district)
        #expect(run.row("D2", 4)?.workerID == "W1")
        #expect(Self.mentions(run).count == 2)
    }

    /// Weekly visits fall on the demand's weekdays between `active_from` and `active_until` only.
    @Test(arguments: [
        (nil, nil, [1, 3, 5, 6]),
        (Fixtures.day(3), nil, [3, 5, 6]),
        (nil, Fixtures.day(5), [1, 3, 5]),
        (Fixtures.day(2), Fixtures.day(4), [3]),
        (nil, Fixtures.day(1).adding(days: -1), []),
    ] as [(Day?, Day?, [Int])])
    func weeklyVisitsAreTheActiveWeekdays(_ from: Day?, _ until: Day?, _ weekdays: [Int]) {
        let district = DistrictBuilder().demand {
            $0.weekdays = [1, 3, 5, 6]
            $0.activeFrom = from
            $0.activeUntil = until
        }
        let run = SolverRun(district)
        #expect(run.problem.visitCount == weekdays.count)
        let mentioned = Self.mentions(run)
        #expect(Set(mentioned.keys) == Set(weekdays.map { VisitKey(demandID: "D1", date: Fixtures.day($0)) }))
        #expect(mentioned.values.allSatisfy { $0 == 1 })
        #expect(run.check().isValid)
    }

    /// Many households asking for the same slot: every visit once, never two rows for one visit.
    @Test func crowdedSlotListsEveryVisitOnce() {
        var district = DistrictBuilder().addingWorker("W2").addingWorker("W3")
        for i in 2...9 {
            district = district.addingHousehold("H\(i)", east: 100 * Double(i), north: 200).addingDemand("D\(i)", household: "H\(i)") {
                $0.weekdays = [1, 2]
            }
        }
        let run = SolverRun(district)
        let mentioned = Self.mentions(run)
        #expect(mentioned.count == run.problem.visitCount)
        #expect(mentioned.values.allSatisfy { $0 == 1 })
        #expect(run.solution.assignments.count == 6)
        #expect(run.check().isValid)
    }
}
