@testable import LinliEngine
import LinliModel
import LinliSynth
import LinliTestSupport
import Testing

/// The from-scratch recount behind `SearchParameters.checkInvariants` agrees with a sound search state and
/// catches each kind of drift.
@Suite struct SearchInvariantTests {
    static func searched(seed: UInt64 = 5) throws -> SolutionState {
        let dataset = Fixtures.generated(.tiny, seed: seed)
        let problem = try Problem(dataset: dataset, week: Fixtures.week, options: RunOptions(seed: seed))
        var search = Search(problem: problem, seed: seed, budget: 20_000)
        return search.run(pinned: problem.pinnedVisits)
    }

    @Test func soundStateHasNoProblems() throws {
        let state = try Self.searched()
        #expect(state.workerOf.contains { $0 >= 0 }, "the check needs a state with routes")
        #expect(state.invariantProblems() == [])
    }

    @Test func driftIsCaught() throws {
        var value = try Self.searched()
        value.value += 1
        #expect(!value.invariantProblems().isEmpty)

        var meters = try Self.searched()
        meters.meters += 10
        #expect(!meters.invariantProblems().isEmpty)

        var used = try Self.searched()
        let w = try #require(used.workerOf.first { $0 >= 0 })
        used.used[Int(w)] += 1
        #expect(!used.invariantProblems().isEmpty)

        let stale = try Self.searched()
        let r = try #require(stale.routes.indices.first { !stale.routes[$0].isEmpty })
        stale.routes[r].ends[0] += 1
        #expect(!stale.invariantProblems().isEmpty)

        var lost = try Self.searched()
        let v = try #require(lost.workerOf.indices.first { lost.workerOf[$0] >= 0 })
        lost.workerOf[v] = -1
        #expect(!lost.invariantProblems().isEmpty)
    }
}
