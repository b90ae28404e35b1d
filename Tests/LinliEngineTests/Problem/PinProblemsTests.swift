import LinliEngine
import LinliSynth
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

    /// Pins copied from a roster (workers, no starts) can always be kept, since the roster itself keeps them:
    /// a worker-day's pinned visits are checked for any order that fits, not only the order they come in; and
    /// the roster built with those pins serves each of them with its worker.
    @Test(arguments: [(Tier.small, UInt64(2)), (.small, 1), (.tiny, 3)])
    func pinsCopiedFromARosterAreAllKept(tier: Tier, seed: UInt64) throws {
        let dataset = Fixtures.generated(tier, seed: seed)
        let options = RunOptions(seed: 1, timeLimit: 0.05)
        let solution = Solver(options: options).solve(try Problem(dataset: dataset, week: Fixtures.week, options: options))
        let pins = solution.assignments.map { Pin(demandID: $0.demandID, date: $0.date, workerID: $0.workerID) }
        #expect(pins.count > 20)
        let problems = Problem.pinProblems(dataset: dataset, week: Fixtures.week, options: options, pins: pins)
        #expect(problems.isEmpty, "\(tier) seed \(seed): \(problems.prefix(3))")
        let pinned = Solver(options: options).solve(try Problem(dataset: dataset, week: Fixtures.week, options: options, pins: pins))
        let served = Dictionary(pinned.assignments.map { ($0.visit, $0.workerID) }, uniquingKeysWith: { a, _ in a })
        #expect(pins.allSatisfy { served[$0.visit] == $0.workerID }, "\(tier) seed \(seed): every pin is served by its worker")
    }
}
