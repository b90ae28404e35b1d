@testable import LinliEngine
import LinliModel
import LinliSynth
import LinliTestSupport
import Synchronization
import Testing

/// A search whose steps are too slow for its cooling period to end before the clock cools over the work the clock
/// allows instead (``Search/Cooling/fit(work:since:now:end:)``); one with time enough, or no clock, never fits.
@Suite struct ClockCoolingTests {
    static let cooling = Search.Cooling(start: 100, period: 1_000_000)

    @Test func withoutAFitTheThresholdIsTheSawtooth() {
        let c = Self.cooling
        #expect(c.threshold(at: 0) == 100)
        #expect(c.threshold(at: 500_000) == 50)
        #expect(c.threshold(at: 1_000_000) == 100)
        #expect(c.finish == nil)
    }

    /// At 100,000 units in 40% of the time, 150,000 more fit in the 60% left: far short of the period's end, so
    /// the rest cools from the threshold now to zero over 90% of them, and stays at zero.
    @Test func aSlowSearchFitsItsFinishToTheClock() {
        var c = Self.cooling
        c.fit(work: 100_000, since: 0, now: 0.4, end: 1)
        let finish = try? #require(c.finish)
        let ahead = 100_000.0 / 0.4 * 0.6
        #expect(finish?.from == 100_000)
        #expect(finish?.threshold == 90)
        #expect(finish?.until == 100_000 + Int(ahead * Search.Cooling.fittedShare))
        #expect(c.threshold(at: 99_999) > 90, "before the finish, the sawtooth")
        #expect(abs(c.threshold(at: 100_000 + Int(ahead * 0.45)) - 45) < 0.01)
        #expect(c.threshold(at: finish?.until ?? 0) == 0)
        #expect(c.threshold(at: 900_000) == 0)
        #expect(c.threshold(at: 1_200_000) == 0, "no new period after the finish")
        // The finish is fitted once.
        let fitted = c.finish
        c.fit(work: 150_000, since: 0, now: 0.5, end: 1)
        #expect(c.finish == fitted)
    }

    @Test func aSearchWithTimeEnoughOrTooLittleMeasuredDoesNotFit() {
        var fast = Self.cooling
        fast.fit(work: 600_000, since: 0, now: 0.4, end: 1)
        #expect(fast.finish == nil, "900,000 more units fit: the period ends in time")
        var early = Self.cooling
        early.fit(work: 10_000, since: 0, now: 0.3, end: 1)
        #expect(early.finish == nil, "a pace measured over less than a third of the time is not trusted")
        var late = Self.cooling
        late.fit(work: 10_000, since: 0, now: 1, end: 1)
        #expect(late.finish == nil)
    }

    /// A finish never reaches past the end of the period it began in.
    @Test func aFinishEndsByThePeriodsEnd() {
        var c = Self.cooling
        c.fit(work: 950_000, since: 0.5, now: 0.9, end: 0.95)
        #expect(c.finish == nil, "950,000 + 118,750 units pass the period's end: no fit")
        c.fit(work: 900_000, since: 0.2, now: 0.9, end: 0.95)
        #expect((c.finish?.until ?? .max) <= 1_000_000)
    }

    /// A clock that runs out long before the cooling period ends fits the cooling: the run says the clock ended it,
    /// and the roster is whole and consistent. Without a clock the same search never fits and repeats exactly.
    @Test func aSearchTheClockCutsFitsItsCoolingAndSaysSo() throws {
        let dataset = Fixtures.generated(.small, seed: 2)
        let problem = try Problem(dataset: dataset, week: Fixtures.week, options: RunOptions(seed: 2))
        var checked = SearchParameters()
        checked.checkInvariants = true
        let searching = Atomic(false), polls = Atomic(0)
        // No time passes before the search; then each poll uses 1/1,000 of it: about a thousand steps, far fewer
        // than the budget's 2,000,000-unit cooling period needs.
        let deadline = Deadline(usedShare: {
            searching.load(ordering: .relaxed) ? Double(polls.add(1, ordering: .relaxed).newValue) / 1_000 : 0
        })
        var timed = Search(problem: problem, seed: 2, budget: 2_000_000, parameters: checked, deadline: deadline)
        let start = timed.construct(pinned: problem.pinnedVisits)
        searching.store(true, ordering: .relaxed)
        let found = timed.improve(start, ceiling: .infinity)
        let (fitted, work, stop) = (timed.cooledByClock, timed.workDone, timed.stoppedBy)
        #expect(fitted, "work done: \(work)")
        #expect(stop == .clock)
        #expect(found.objective() >= start.objective())
        found.verifyInvariants()

        var untimed = Search(problem: problem, seed: 2, budget: 200_000, parameters: checked)
        var again = Search(problem: problem, seed: 2, budget: 200_000, parameters: checked)
        let a = untimed.run(pinned: problem.pinnedVisits), b = again.run(pinned: problem.pinnedVisits)
        let (untimedFit, untimedStop) = (untimed.cooledByClock, untimed.stoppedBy)
        #expect(!untimedFit && untimedStop != .clock)
        #expect(a.objective() == b.objective())
    }

    /// The search in groups fits its cooling between epochs: on a clock that allows half the polls the whole
    /// budget takes, it fits and says the clock shaped it; without a clock it does not.
    @Test func theSearchInGroupsFitsItsCoolingBetweenEpochs() throws {
        let (problem, routes) = try GroupSearchTests.solvedPart(.small, seed: 2)
        let start = Search.rebuild(problem: problem, visitLists: routes)
        let budget = 960_000
        let counted = Atomic(0)
        var untimed = Search(problem: problem, seed: 2, budget: budget, deadline: Deadline(usedShare: {
            counted.add(1, ordering: .relaxed)
            return 0
        }))
        _ = untimed.improveInGroups(start, budget: budget)
        let (untimedFit, untimedStop) = (untimed.cooledByClock, untimed.stoppedBy)
        #expect(!untimedFit && untimedStop != .clock)
        let half = Double(counted.load(ordering: .relaxed)) / 2
        let polls = Atomic(0)
        var timed = Search(problem: problem, seed: 2, budget: budget, deadline: Deadline(usedShare: {
            Double(polls.add(1, ordering: .relaxed).newValue) / half
        }))
        let found = timed.improveInGroups(start, budget: budget)
        let (fitted, stop) = (timed.cooledByClock, timed.stoppedBy)
        #expect(fitted, "polls of the whole budget: \(2 * half)")
        #expect(stop == .clock)
        found.verifyInvariants()
    }
}
