import LinliEngine
import LinliModel
import LinliSynth
import LinliTestSupport
import Testing

/// The reported upper bound: never below the score, never above what the week could give at all,
/// and tightened by worker capacity.
@Suite struct UpperBoundTests {
    /// All demanded weighted minutes, plus every bonus the week's demands could earn: a bound no tighter than this is useless.
    static func ceiling(_ dataset: Dataset, _ problem: Problem) -> Double {
        let weekly = dataset.demands.filter { $0.recurrence == .weekly && !$0.visitDates(in: Fixtures.week).isEmpty }.count
        let preferred = dataset.demands.filter { $0.preferredWorkerID != nil }.reduce(0) { $0 + $1.visitDates(in: Fixtures.week).count }
        return Double(problem.demandedWeightedMinutes + 60 * weekly + 30 * preferred)
    }

    @Test func boundOfTheStandardDistrictLiesBetweenScoreAndCeiling() {
        let run = SolverRun(DistrictBuilder())
        #expect(run.solution.upperBound >= run.solution.parts.score - 0.01)
        #expect(run.solution.upperBound <= Self.ceiling(run.dataset, run.problem) + 0.01)
    }

    @Test func nothingServableBoundsByZero() {
        let run = SolverRun(DistrictBuilder().with { $0.shiftDays.removeAll() })
        #expect(run.solution.upperBound == 0)
    }

    /// Two weekly demands on Monday and Tuesday, 120 minutes each, and a week cap of 120: one can be served.
    @Test func weekCapLimitsTheBound() {
        let district = DistrictBuilder()
            .addingDemand("D2") { $0.weekdays = [2] }
            .worker { $0.maxWeekMinutes = 120 }
        let run = SolverRun(district)
        #expect(run.solution.assignments.count == 1)
        #expect(run.solution.upperBound >= run.solution.parts.score - 0.01)
        #expect(run.solution.upperBound <= 120 + 2 * 60 + 0.01)
    }

    @Test func priorityWeightCountsTwiceInTheBound() {
        let run = SolverRun(DistrictBuilder().household { $0.priorityGroup = .lowIncome })
        #expect(run.solution.parts.weightedMinutes == 240)
        #expect(run.solution.upperBound >= run.solution.parts.score - 0.01)
    }

    @Test(arguments: 1...6 as ClosedRange<UInt64>)
    func generatedBoundLiesBetweenScoreAndCeiling(_ seed: UInt64) throws {
        let run = try SolverRun(Fixtures.generated(.tiny, seed: seed), seed: seed)
        let (bound, score) = (run.solution.upperBound, run.solution.parts.score)
        #expect(bound >= score - 0.01, "tier tiny seed \(seed): bound \(bound) below score \(score)")
        #expect(bound <= Self.ceiling(run.dataset, run.problem) + 0.01, "tier tiny seed \(seed): bound \(bound)")
    }
}
