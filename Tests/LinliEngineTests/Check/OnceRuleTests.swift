import LinliEngine
import LinliModel
import Testing

@Suite struct OnceRuleTests {
    typealias F = CheckFixture

    @Test func aDuplicateRowIsReportedOnceAndLeftOutOfTheOtherRules() {
        var f = F()
        f.assignments.append(f.assignments[0])
        let report = f.check()
        #expect(report.violations.map(\.rule) == [.once])
        #expect(report.violations[0].assignment == f.assignments[0])
        #expect(report.recomputed == F().check().recomputed)
    }

    @Test func aVisitGivenToTwoWorkersIsReported() {
        var f = F()
        var second = f.dataset.workers[0]
        second.id = "W2"
        f.dataset.workers.append(second)
        var row = f.assignments[0]
        row.workerID = "W2"
        f.assignments.append(row)
        #expect(f.check().violations.map(\.rule) == [.once])
    }

    @Test func aRowBeforeActiveFromIsNotAVisit() {
        var f = F()
        f.demand("D1") { $0.activeFrom = F.tuesday }
        let report = f.check()
        #expect(report.violations.map(\.rule) == [.once])
        #expect(report.violations[0].assignment?.date == F.monday)
        #expect(report.reasonProblems == [])
    }
}
