@testable import LinliEngine
import LinliModel
import LinliSynth
import LinliTestSupport
import Testing

/// The compile runs in chunks of demands on all cores; the chunks must not show in the result, and a deadline
/// that expires at any point of the compile cuts candidate lists short but never changes a reason.
@Suite struct ConcurrentCompileTests {
    static func expectSameCompile(_ a: Problem, _ b: Problem, _ at: String) {
        #expect(a.visitKeys == b.visitKeys, "\(at)")
        #expect(a.demandIDs == b.demandIDs, "\(at)")
        #expect(a.demands.map(\.visits) == b.demands.map(\.visits), "\(at)")
        #expect(a.demands.map(\.weekly) == b.demands.map(\.weekly), "\(at)")
        #expect(a.visits.map(\.demand) == b.visits.map(\.demand), "\(at)")
        #expect(a.candidateStart == b.candidateStart, "\(at)")
        #expect(a.candidateWorkers == b.candidateWorkers, "\(at)")
        #expect(a.candidateItems == b.candidateItems, "\(at)")
        #expect(a.staticReason == b.staticReason, "\(at)")
        #expect(a.slotVisits == b.slotVisits, "\(at)")
        #expect(a.demandedWeightedMinutes == b.demandedWeightedMinutes, "\(at)")
    }

    /// Chunks of any size give the compile of one chunk.
    @Test(arguments: [1, 7, 100])
    func chunksDoNotShow(_ chunk: Int) throws {
        let dataset = Fixtures.generated(.small, seed: 4)
        let index = DistrictIndex(dataset: dataset, week: Fixtures.week)
        let options = RunOptions(seed: 4)
        let whole = Problem(index: index, options: options, pins: [], previous: [:], chunk: Int.max)
        let chunked = Problem(index: index, options: options, pins: [], previous: [:], chunk: chunk)
        #expect(whole.visitCount > chunk, "the week fits in one chunk")
        #expect(chunked.candidatesComplete)
        Self.expectSameCompile(whole, chunked, "chunks of \(chunk)")
    }

    /// A deadline expiring after any number of polls, in any chunk: reasons stay those of the full compile,
    /// candidates a subset with at least ``Problem/hurriedCandidates`` of them, and the roster passes the checker.
    @Test(arguments: [1, 2, 50, 400, 1_000_000])
    func deadlineAtAnyPointKeepsReasons(_ checks: Int) throws {
        let dataset = Fixtures.generated(.small, seed: 5)
        let index = DistrictIndex(dataset: dataset, week: Fixtures.week)
        let options = RunOptions(seed: 5)
        let full = Problem(index: index, options: options, pins: [], previous: [:])
        let cut = Problem(
            index: index, options: options, pins: [], previous: [:], deadline: DeadlineTests.expiring(after: checks), chunk: 13)
        #expect(cut.staticReason == full.staticReason)
        #expect(cut.visitKeys == full.visitKeys)
        for v in full.visits.indices {
            let all = Set(full.candidates(of: v)), kept = Set(cut.candidates(of: v))
            #expect(kept.isSubset(of: all), "visit \(v)")
            #expect(kept.count >= min(all.count, Problem.hurriedCandidates), "visit \(v)")
        }
        #expect(cut.candidatesComplete == (checks > dataset.demands.count))

        let run = try SolverRun(dataset, seed: 5, deadline: DeadlineTests.expiring(after: checks))
        DeadlineTests.expectComplete(run, "expiring after \(checks) checks")
    }
}
