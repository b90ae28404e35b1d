@testable import LinliEngine
import LinliModel
import LinliSynth
import LinliTestSupport
import Testing

/// Compiling after the deadline: candidate lists are cut short, unmet reasons are not.
@Suite struct HurriedCompileTests {
    @Test(arguments: [(Tier.small, UInt64(1)), (.medium, 2)])
    func expiredDeadlineCutsCandidatesButKeepsReasons(_ tier: Tier, _ seed: UInt64) throws {
        let dataset = Fixtures.generated(tier, seed: seed)
        let full = try Problem(dataset: dataset, week: Fixtures.week, options: RunOptions(seed: seed))
        let hurried = try Problem(dataset: dataset, week: Fixtures.week, options: RunOptions(seed: seed), deadline: Deadline { true })
        #expect(full.candidatesComplete && !hurried.candidatesComplete)
        #expect(hurried.staticReason == full.staticReason)
        var cut = 0
        for v in full.visits.indices {
            let all = Set(full.candidates(of: v)), kept = Set(hurried.candidates(of: v))
            #expect(kept.isSubset(of: all), "visit \(v)")
            // A hurried scan stops at the candidates it keeps or, once every visit of the demand has one, after
            // a few workers: a visit has a candidate exactly when it has any.
            #expect(kept.isEmpty == all.isEmpty, "visit \(v)")
            if kept.count < all.count { cut += 1 }
        }
        #expect(cut > 0, "the deadline cut no candidate list")
        // Only the flow bound reads the week's slots, and not over cut lists: a hurried compile skips them.
        #expect(hurried.slotVisits.isEmpty && !full.slotVisits.isEmpty)
        #expect(UpperBound.compute(hurried).method == .servable)
        #expect(UpperBound.compute(hurried).value >= UpperBound.compute(full).value)
    }

    /// A bound cut short at any point falls back to the servable total, never below the flow bound.
    @Test(arguments: [1, 3, 10, 100, 10_000])
    func boundCutShortIsServable(_ checks: Int) throws {
        let dataset = Fixtures.generated(.small, seed: 3)
        let problem = try Problem(dataset: dataset, week: Fixtures.week, options: RunOptions(seed: 3))
        let flow = UpperBound.compute(problem)
        let cut = UpperBound.compute(problem, deadline: DeadlineTests.expiring(after: checks))
        #expect(flow.method == .flow)
        if cut.method == .flow {
            #expect(cut.value == flow.value)
        } else {
            #expect(cut.value == UpperBound.servable(problem))
            #expect(cut.value >= flow.value)
        }
        if checks == 1 { #expect(cut.method == .servable) }
    }
}
