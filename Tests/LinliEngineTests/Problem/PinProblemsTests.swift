import LinliEngine
import LinliModel
import LinliTestSupport
import Testing

/// `Problem.pinProblems` reports every impossible pin, not just the first.
@Suite struct PinProblemsTests {
    /// `D1` and `D2` on Monday 09:00-11:00; `W2` is an intermediary worker, `W3` rests on Monday.
    static let district = DistrictBuilder()
        .addingDemand("D2")
        .addingWorker("W2") { $0.employment = .intermediary }
        .addingShift("TUE", weekdays: [2], from: "08:00", to: "17:00")
        .addingWorker("W3") { $0.shiftPatternID = "TUE" }
        .build()

    @Test func everyImpossiblePinIsReportedWithItsRule() {
        let pins = [
            Pin(demandID: "D1", date: Fixtures.monday, workerID: "W2"),
            Pin(demandID: "D2", date: Fixtures.monday, workerID: "W3"),
        ]
        let problems = Problem.pinProblems(dataset: Self.district, week: Fixtures.week, options: RunOptions(), pins: pins)
        #expect(problems.map(\.pin) == pins)
        #expect(problems.map(\.rule) == [1, 11])
    }

    @Test func keepablePinsHaveNoProblem() {
        let pins = [Pin(demandID: "D1", date: Fixtures.monday, workerID: "W1")]
        #expect(Problem.pinProblems(dataset: Self.district, week: Fixtures.week, options: RunOptions(), pins: pins).isEmpty)
    }
}
