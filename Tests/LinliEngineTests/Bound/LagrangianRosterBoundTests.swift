@testable import LinliEngine
import LinliModel
import LinliSynth
import LinliTestSupport
import Testing

/// The Lagrangian bound: never below a roster's score (a sweep over generated districts and parts), and
/// exact where the windows decide.
@Suite struct LagrangianRosterBoundTests {
    /// Two 120-minute slot visits back to back, 1.4 km apart, one worker: the first ends when the second must
    /// start, so only one can be served, which the flow bound (no travel between visits) cannot see and the
    /// day routes can.
    @Test func backToBackSlotsInTwoPlacesBoundEqualsTheOptimum() {
        let district = DistrictBuilder()
            .addingHousehold("H2", east: 1_900)
            .addingDemand("D2", household: "H2") { $0.windowStart = Fixtures.time("11:00"); $0.windowEnd = Fixtures.time("13:00") }
        let run = SolverRun(district)
        let score = run.solution.parts.score
        #expect(run.solution.assignments.count == 1)
        // D1: 120 minutes, 3 km there and back (−6), the served demand's continuity (+60).
        #expect(abs(score - 174) < 0.01)
        #expect(abs(run.solution.upperBound - score) < 0.01)
        #expect(run.solution.boundMethod == .lagrangian)
        #expect(UpperBound.compute(run.problem).value > score + 100)
    }

    /// The preferred-worker bonus of a pair is in the bound, and the bound still meets the optimum.
    @Test func preferredWorkerBonusIsBoundedExactly() {
        let run = SolverRun(DistrictBuilder().demand { $0.preferredWorkerID = "W1" })
        #expect(run.solution.parts.preferredVisits == 1)
        #expect(abs(run.solution.upperBound - run.solution.parts.score) < 0.01)
    }

    /// No worker-day, or a week cap that holds no visit: the bound is the constant part alone.
    @Test func partWithoutWorkerDaysBoundsByItsConstant() {
        let problem = SolverRun(DistrictBuilder().with { $0.shiftDays.removeAll() }).problem
        #expect(LagrangianRosterBound(problem).bound(target: nil) == 0)
    }

    /// Visit A ends at 11:00 where B and B' (one household, 1.5 km away) must start: no worker can serve A and
    /// then either. The usual relaxed day route charges the leg into B as B's nearest other visit of the
    /// district (B', 0 m) and chains A and B; the tightened one (a proof's) takes B's leg in only from the jobs of
    /// the same worker-day that can end in time to reach it, and none can, so B is reached from home or not at
    /// all, as in the elementary search.
    @Test func legsInComeFromTheDaysOwnJobsThatCanPrecede() throws {
        let district = DistrictBuilder()
            .demand { $0.windowStart = Fixtures.time("09:00"); $0.windowEnd = Fixtures.time("11:00") }
            .addingHousehold("H2", east: 500, north: 1_500)
            .addingDemand("B", household: "H2") { $0.windowStart = Fixtures.time("11:00"); $0.windowEnd = Fixtures.time("13:00") }
            .addingDemand("B2", household: "H2") { $0.windowStart = Fixtures.time("11:00"); $0.windowEnd = Fixtures.time("13:00") }
        let run = try SolverRun(district.build(), timeLimit: 0.05)
        let score = run.solution.parts.score
        #expect(run.solution.assignments.count == 1)
        let bound = LagrangianRosterBound(run.problem)
        let tightJobs = try #require(bound.tightened()).jobs
        #expect(tightJobs.allSatisfy { $0.lo > $0.hi }, "no job can follow another: \(tightJobs)")
        let exact = try #require(bound.bound(target: nil))
        let relaxed = try #require(bound.bound(target: nil, effort: .init(elementaryNodes: 0)))
        let tight = try #require(bound.bound(target: nil, effort: .init(elementaryNodes: 0, tightRelaxedRoutes: true)))
        #expect(exact >= score - 0.01 && exact <= score + 1, "bound \(exact), score \(score)")
        #expect(relaxed >= score + 100, "the usual relaxed day route chains A and B: \(relaxed), score \(score)")
        #expect(tight >= score - 0.01 && tight <= score + 1, "tightened relaxed bound \(tight), score \(score)")
    }

    /// A worker-day with too many jobs for the elementary search keeps no exact legs; a proof measures its legs
    /// in itself and tightens them just as it tightens those of a worker-day that keeps them.
    @Test func daysWithoutExactLegsAreTightenedAlike() throws {
        let bound = LagrangianRosterBound(try SolverRun(Fixtures.generated(.tiny, seed: 1), seed: 1, timeLimit: 0.05).problem)
        var stripped = bound
        for s in stripped.slots.indices { stripped.slots[s].legs = nil }
        #expect(bound.slots.contains { $0.legs != nil })
        let measured = try #require(stripped.tightened()).jobs, kept = try #require(bound.tightened()).jobs
        #expect(bound.tightened(deadline: Deadline(isExpired: { true })) == nil, "a deadline already past cuts the measuring")
        #expect(zip(measured, bound.jobs).contains { $0.linkMinutes > $1.linkMinutes }, "some leg in is longer once tightened")
        for (j, (a, b)) in zip(measured, kept).enumerated() {
            #expect(
                a.linkMinutes == b.linkMinutes && a.linkCost == b.linkCost && a.lo == b.lo && a.hi == b.hi,
                "job \(j): measured \(a), kept \(b)")
        }
    }

    /// The worker-days' routes are solved in batches on all cores; how many batches there are changes nothing.
    @Test func batchesOfWorkerDaysGiveTheSameBound() throws {
        let run = try SolverRun(Fixtures.generated(.small, seed: 1), seed: 1, timeLimit: 0.05)
        var one = LagrangianRosterBound(run.problem), many = one
        one.slotsPerBatch = .max
        many.slotsPerBatch = 1
        #expect(one.batches == [0..<one.slots.count])
        #expect(many.batches.count == LagrangianRosterBound.batchCount)
        #expect(many.batches.flatMap { Array($0) } == Array(many.slots.indices))
        for effort in [
            LagrangianRosterBound.Effort(iterations: 30, work: 2_000_000),
            .init(iterations: 30, work: 2_000_000, criticalJobs: 8, tightRelaxedRoutes: true),
        ] {
            let a = try #require(one.bound(target: run.solution.parts.score, effort: effort))
            let b = try #require(many.bound(target: run.solution.parts.score, effort: effort))
            #expect(a == b, "one batch \(a), \(many.batches.count) batches \(b)")
        }
    }

    /// Two hour-long visits at one household, open all day, and one worker: the relaxed day route at a
    /// reduced profit of 100 each goes back and forth between them for the whole shift (0 minutes apart); with
    /// the repeated jobs made critical it serves each once.
    @Test func criticalJobsAreServedOnce() throws {
        let district = DistrictBuilder()
            .demand { $0.minutes = 60; $0.windowStart = Fixtures.time("08:00"); $0.windowEnd = Fixtures.time("17:00") }
            .addingDemand("D2") { $0.minutes = 60; $0.windowStart = Fixtures.time("08:00"); $0.windowEnd = Fixtures.time("17:00") }
        let bound = LagrangianRosterBound(try SolverRun(district.build()).problem)
        let slot = try #require(bound.slots.first)
        #expect(bound.slots.count == 1 && slot.range.count == 2)
        let reduced = [Double](repeating: 100, count: bound.jobs.count)
        // Home is 1.5 km away: 6 minutes and 3 points each way.
        func route(critical limit: Int) -> (value: Double, counts: [Int32]) {
            var scratch = LagrangianRosterBound.Scratch(), critical: [Int32] = []
            var route: [Int32] = []
            let value = bound.relaxedRoute(slot, reduced: reduced, critical: &critical, limit: limit, scratch: &scratch, route: &route).value
            var used = [Int32](repeating: 0, count: bound.jobs.count)
            for j in route { used[Int(j)] += 1 }
            return (value, used)
        }
        let repeating = route(critical: 0), once = route(critical: 8)
        #expect(repeating.counts.reduce(0, +) == 8 && repeating.counts.contains { $0 > 1 }, "\(repeating)")
        #expect(abs(repeating.value - (800 - 6)) < 0.01)
        #expect(once.counts == [1, 1], "\(once)")
        #expect(abs(once.value - (200 - 6)) < 0.01)
    }

    /// A weekly demand on Monday and Tuesday that only W1 could serve both days, while on Tuesday W1 is
    /// worth more on a 180-minute visit E that W2's short shift cannot hold: the best roster gives Tuesday's
    /// visit to W2 and earns no continuity. The even split still pays W1 half of the 60 for Monday; the
    /// multipliers that follow the subgradient move it onto Tuesday, where it cannot beat E.
    @Test func continuityMultipliersTightenTheEvenSplit() throws {
        let district = DistrictBuilder()
            .demand { $0.weekdays = [1, 2] }
            .addingDemand("E") {
                $0.weekdays = [2]
                $0.minutes = 180
                $0.windowEnd = Fixtures.time("12:00")
            }
            .addingShift("TUE", weekdays: [2], from: "08:00", to: "11:30")
            .addingWorker("W2") { $0.shiftPatternID = "TUE" }
        let run = try SolverRun(district.build(), timeLimit: 0.05)
        let score = run.solution.parts.score
        #expect(run.solution.assignments.count == 3 && run.solution.parts.continuityDemands == 1)
        let bound = LagrangianRosterBound(run.problem)
        let adapted = try #require(bound.bound(target: nil))
        let even = try #require(bound.bound(target: nil, effort: .init(adaptsContinuity: false)))
        #expect(adapted >= score - 0.01 && adapted <= score + 1, "bound \(adapted), score \(score)")
        #expect(even >= score + 25, "the even split pays half the continuity: \(even), score \(score)")
    }

    @Test(arguments: [
        (Tier.tiny, UInt64(1)), (.tiny, 2), (.tiny, 3), (.tiny, 4), (.tiny, 5), (.tiny, 6), (.tiny, 7),
        (.small, 1), (.small, 2), (.small, 3), (.small, 4),
    ])
    func boundIsNeverBelowTheScore(_ tier: Tier, _ seed: UInt64) throws {
        let run = try SolverRun(Fixtures.generated(tier, seed: seed), seed: seed, timeLimit: 0.05)
        let score = run.solution.parts.score
        #expect(run.solution.upperBound >= score - 0.01, "tier \(tier) seed \(seed): bound \(run.solution.upperBound) below score \(score)")
        // Without the solver's score to aim at, the relaxation of the whole week still bounds it, with each
        // piece of the relaxation on or off.
        let bound = LagrangianRosterBound(run.problem)
        for effort in [
            LagrangianRosterBound.Effort(iterations: 30, work: 2_000_000),
            .init(iterations: 30, work: 2_000_000, elementaryNodes: 0),
            .init(iterations: 30, work: 2_000_000, adaptsContinuity: false),
            .init(iterations: 30, work: 2_000_000, elementaryNodes: 50),
            .init(iterations: 30, work: 2_000_000, elementaryNodes: 0, criticalJobs: 8, tightRelaxedRoutes: true),
            .init(iterations: 30, work: 2_000_000, criticalJobs: 8, tightRelaxedRoutes: true),
        ] {
            let free = try #require(bound.bound(target: nil, effort: effort))
            #expect(free >= score - 0.01, "tier \(tier) seed \(seed) \(effort): untargeted bound \(free) below score \(score)")
            // The last evaluation with critical jobs only ever lowers the value of the same steps.
            var repeating = effort
            repeating.criticalJobs = 0
            let loose = try #require(bound.bound(target: nil, effort: repeating))
            #expect(free <= loose + 1e-6, "tier \(tier) seed \(seed) \(effort): \(free) above \(loose) without critical jobs")
        }
    }

    /// Parts of a generated medium district, each solved on its own as the solver does.
    @Test(arguments: [UInt64(1), 2])
    func boundIsNeverBelowTheScoreOnMediumParts(_ seed: UInt64) throws {
        let problem = try Problem(dataset: Fixtures.generated(.medium, seed: seed), week: Fixtures.week, options: RunOptions(seed: seed))
        let parts = problem.parts().sorted { ($0.visits.count, $0.workers[0]) > ($1.visits.count, $1.workers[0]) }
        for part in parts.prefix(3) {
            let sub = problem.restricted(to: part)
            let solution = Solver(options: RunOptions(seed: seed, timeLimit: 0.02)).solve(sub)
            let score = solution.parts.score
            #expect(solution.upperBound >= score - 0.01, "medium seed \(seed) part of worker \(part.workers[0]): bound \(solution.upperBound) below score \(score)")
            let free = try #require(LagrangianRosterBound(sub).bound(target: nil, effort: .init(iterations: 20, work: 2_000_000)))
            #expect(free >= score - 0.01, "medium seed \(seed) part of worker \(part.workers[0]): untargeted bound \(free) below score \(score)")
        }
    }

    /// A replan from Wednesday: frozen rows count as they are, kept rows earn the stability bonus, and the
    /// bound still lies above the score.
    @Test(arguments: [UInt64(8), 2])
    func replanBoundIsNeverBelowTheScore(_ seed: UInt64) throws {
        let dataset = Fixtures.generated(.small, seed: seed)
        let roster = try ReplanEngineTests.first(dataset)
        let basis = ReplanBasis(from: ReplanEngineTests.wednesday, replaced: roster, replacedRunID: 1)
        let solution = try ReplanEngineTests.replan(dataset, basis: basis)
        #expect(solution.parts.stableVisits > 0)
        #expect(solution.upperBound >= solution.parts.score - 0.01, "small seed \(seed) replan: bound \(solution.upperBound) below score \(solution.parts.score)")
    }
}
