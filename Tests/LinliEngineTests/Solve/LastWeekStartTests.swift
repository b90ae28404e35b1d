@testable import LinliEngine
import LinliModel
import LinliTestSupport
import Testing

/// How the search wins last week's workers back: the warm start hands a demand to its last worker only
/// whole, and the relationship ruin clears the last worker's time for a visit someone else took.
@Suite struct LastWeekStartTests {
    static func state(_ dataset: Dataset, previous: [String: String]) throws -> SolutionState {
        SolutionState(problem: try Problem(dataset: dataset, week: Fixtures.week, options: RunOptions(seed: 1), previous: previous))
    }

    static func worker(_ state: SolutionState, _ id: String) -> Int32 {
        Int32(state.problem.workerIDs.firstIndex(of: id) ?? -1)
    }

    /// `W2`, last week's worker of a Monday-Wednesday-Friday demand, works Mondays and Wednesdays only: the
    /// warm start leaves the demand to construction, which can give all three visits to `W1` (+60).
    @Test func aDemandTheLastWorkerCanServeOnlyInPartIsNotStarted() throws {
        let district = DistrictBuilder()
            .addingShift("MW", weekdays: [1, 3], from: "08:00", to: "17:00")
            .addingWorker("W2") { $0.shiftPatternID = "MW" }
            .demand { $0.weekdays = [1, 3, 5] }
        var state = try Self.state(district.build(), previous: ["D1": "W2"])
        var work = 0
        state.placeLastWorkers(work: &work)
        #expect(state.workerOf.allSatisfy { $0 < 0 })
    }

    /// When the last worker can take every visit, the warm start gives it all of them.
    @Test func aDemandTheLastWorkerCanServeWholeIsStarted() throws {
        let district = DistrictBuilder().addingWorker("W2").demand { $0.weekdays = [1, 3, 5] }
        var state = try Self.state(district.build(), previous: ["D1": "W2"])
        var work = 0
        state.placeLastWorkers(work: &work)
        #expect(state.workerOf == [Int32](repeating: Self.worker(state, "W2"), count: 3))
        #expect(state.keptFromLastWeek == 3)
    }

    /// `D2` (no last worker) sits in `W2`'s only slot and `D1`, whose last worker is `W2`, went to `W1`: the
    /// ruin removes both, and recreating `D1` first hands it back to `W2`.
    @Test func theRelationshipRuinClearsTheLastWorkersTime() throws {
        let district = DistrictBuilder()
            .addingWorker("W2")
            .addingHousehold("H2", east: 600)
            .addingDemand("D2", household: "H2")
        var state = try Self.state(district.build(), previous: ["D1": "W2"])
        let w1 = Int(Self.worker(state, "W1")), w2 = Int(Self.worker(state, "W2"))
        let d1 = try #require(state.problem.demandIDs.firstIndex(of: "D1"))
        let d2 = try #require(state.problem.demandIDs.firstIndex(of: "D2"))
        let v1 = Int(state.problem.demands[d1].visits[0]), v2 = Int(state.problem.demands[d2].visits[0])
        state.insert(v1, worker: w1, position: 0)
        state.insert(v2, worker: w2, position: 0)
        var rng = SeededGenerator(seed: 1)
        let demands = state.ruinForRelationship(tries: 64, maxString: 4, rng: &rng)
        #expect(demands == [d1, d2])
        var work = 0
        for d in demands { state.recreateDemand(d, work: &work, filter: .all, rng: &rng) }
        #expect(state.workerOf[v1] == Int32(w2))
        #expect(state.keptFromLastWeek == 1)
        #expect(state.invariantProblems() == [])
    }

    /// Nothing to win back, nothing drawn: with no last workers the ruin returns nothing and changes nothing.
    @Test func withoutLastWorkersTheRuinDoesNothing() throws {
        var state = try Self.state(DistrictBuilder().addingWorker("W2").build(), previous: [:])
        var rng = SeededGenerator(seed: 1)
        #expect(state.ruinForRelationship(tries: 64, maxString: 4, rng: &rng).isEmpty)
        #expect(state.workerOf.allSatisfy { $0 < 0 })
    }
}
