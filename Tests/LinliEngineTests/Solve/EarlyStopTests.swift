@testable import LinliEngine
import LinliModel
import LinliTestSupport
import Testing

/// The search spends only what a district needs: it stops as soon as its roster scores the part's upper
/// bound, and a part whose search no longer improves stops after a stretch of work in proportion to its
/// size — both counted in work units, never in time, so a run repeats exactly.
@Suite struct EarlyStopTests {
    /// `count` households 200 m apart on one street, each with one Monday visit (09:00-11:00, 120 minutes: a
    /// worker can serve one a day) and a worker living in it: each visit served from its own house costs no
    /// kilometre, so the first roster already scores the upper bound.
    static func easyDistrict(households count: Int) -> DistrictBuilder {
        var builder = DistrictBuilder().worker { $0.home = Fixtures.place(east: 500) }
        for i in 2...count {
            let east = 500 + 200 * Double(i - 1)
            builder = builder.addingHousehold("H\(i)", east: east)
                .addingDemand("D\(i)", household: "H\(i)")
                .addingWorker("W\(i)") { $0.home = Fixtures.place(east: east) }
        }
        return builder
    }

    /// Done when (issue 11): the search stops early at proven optimality on a district built to be easy.
    @Test func aProvenOptimalRosterEndsTheSearchAtOnce() throws {
        let run = try SolverRun(Self.easyDistrict(households: 8).build(), timeLimit: 100)
        #expect(run.solution.stoppedBy == .optimal)
        #expect(run.solution.workUnits == Solver.workUnits(seconds: 100))
        #expect(run.solution.searchWork == 0, "the first roster is optimal, so the search takes no step")
        #expect(run.solution.unmet.isEmpty)
        #expect(abs(run.solution.parts.score - run.solution.upperBound) <= 0.01)
        #expect(run.check().isValid)
    }

    /// One worker, three Monday visits of an hour whose windows fix the order east, west, east: the only
    /// roster drives 3 km back east. A bound that counted the leg into the last visit as its nearest
    /// neighbour, 100 m away, could not prove it; the bound's exact legs do, so the search ends at once.
    static let zigzag = DistrictBuilder()
        .household { $0.location = Fixtures.place(east: 1_500) }
        .demand { $0.minutes = 60; $0.windowStart = Fixtures.time("09:00"); $0.windowEnd = Fixtures.time("10:00") }
        .addingHousehold("H2", east: -1_500).addingHousehold("H3", east: 1_600)
        .addingDemand("D2", household: "H2") { $0.minutes = 60; $0.windowStart = Fixtures.time("10:30"); $0.windowEnd = Fixtures.time("11:30") }
        .addingDemand("D3", household: "H3") { $0.minutes = 60; $0.windowStart = Fixtures.time("12:30"); $0.windowEnd = Fixtures.time("13:30") }

    @Test func exactLegsProveTheZigzagOptimal() throws {
        let run = try SolverRun(Self.zigzag.build(), timeLimit: 100)
        #expect(run.solution.unmet.isEmpty)
        #expect(run.solution.stoppedBy == .optimal)
        #expect(abs(run.solution.parts.score - run.solution.upperBound) <= 0.01)
    }

    /// One worker whose week cap (180 minutes) holds only one of two 120-minute visits, Monday and
    /// Tuesday: the relaxation, which prices the cap, counts one and a half, so no roster reaches the bound,
    /// and none beats the first: the search stalls after its minimum stretch of work, long before a budget
    /// of minutes, at the same work every time.
    static let capped = DistrictBuilder()
        .worker { $0.maxWeekMinutes = 180 }
        .addingDemand("D2") { $0.weekdays = [2] }

    @Test func aSearchThatCannotImproveStallsRepeatably() throws {
        let a = try SolverRun(Self.capped.build(), timeLimit: 100)
        let b = try SolverRun(Self.capped.build(), timeLimit: 100)
        #expect(a.solution.assignments.count == 1)
        #expect(a.solution.stoppedBy == .stalled)
        #expect(a.solution.parts.score < a.solution.upperBound - 1)
        let stall = SearchParameters().stallWork(visits: 2, lastImprovement: 0)
        #expect(a.solution.searchWork >= stall && a.solution.searchWork < 2 * stall, "no step ever beat the first roster")
        #expect(a.solution.searchWork < a.solution.workUnits / 1_000)
        #expect(a.solution.searchWork == b.solution.searchWork)
        #expect(a.solution.assignments == b.solution.assignments)
        #expect(a.check().isValid)
    }

    /// A part stops after the longer of a stretch of work in proportion to its visits and a multiple of the
    /// work it took to find its best roster so far; by default every part cools over a fixed period, or
    /// over its budget when that is shorter, so stopping only cuts a trajectory short.
    @Test func stallScalesWithThePartAndItsHistory() {
        let p = SearchParameters()
        #expect(p.stallWork(visits: 1, lastImprovement: 0) == p.stallWorkPerVisit)
        #expect(p.stallWork(visits: 100, lastImprovement: 0) == 100 * p.stallWorkPerVisit)
        #expect(p.stallWork(visits: 100, lastImprovement: 10_000_000) == Int(p.stallRatio * 10_000_000))
        #expect(p.stallWork(visits: Int.max, lastImprovement: 0) == Int.max, "no overflow trap")
        #expect(p.stallWork(visits: 1, lastImprovement: Int.max) == Int.max, "no overflow trap")
        var never = p
        never.stallWorkPerVisit = 0
        #expect(never.stallWork(visits: 100, lastImprovement: 0) == Int.max)
        #expect(p.coolingPeriod(visits: 10, budget: .max) == p.coolingPeriod(visits: 100_000, budget: .max))
        var scaled = p
        scaled.coolingPeriodPerVisit = 10_000
        #expect(scaled.coolingPeriod(visits: 10, budget: .max) == 100_000)
        #expect(scaled.coolingPeriod(visits: Int.max, budget: .max) == p.coolingPeriod)
        // A part's budget shorter than the period: the part still cools down within it.
        #expect(p.coolingPeriod(visits: 10, budget: 3_000_000) == 3_000_000)
        #expect(p.coolingPeriod(visits: 10, budget: 0) == 1)
        #expect(scaled.coolingPeriod(visits: 10, budget: 50_000) == 50_000)
    }

    /// With many parts the roster reports the stop of the part that went furthest: clock, then budget, then
    /// stalled, then optimal.
    @Test func partsCombineTheirStops() {
        #expect(SearchStop.combined(.optimal, .stalled) == .stalled)
        #expect(SearchStop.combined(.stalled, .optimal) == .stalled)
        #expect(SearchStop.combined(.budget, .stalled) == .budget)
        #expect(SearchStop.combined(.budget, .clock) == .clock)
        #expect(SearchStop.combined(.optimal, .optimal) == .optimal)
    }
}
