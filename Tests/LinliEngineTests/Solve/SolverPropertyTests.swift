import LinliEngine
import LinliModel
import LinliSynth
import LinliTestSupport
import Testing

/// Properties every roster must have, over generated districts of every tier up to medium, seeds swept; the
/// search recounts its state from scratch after every step (`SearchParameters.checkInvariants`).
@Suite struct SolverPropertyTests {
    /// (tier, seed, time limit): many tiny districts, fewer larger ones, short limits so the suite stays fast.
    static let cases: [(Tier, UInt64, Double)] =
        (1...12).map { (.tiny, $0, 0.02) } + (1...6).map { (.small, $0, 0.02) } + (1...2).map { (.medium, $0, 0.01) }

    @Test(arguments: cases)
    func rosterPassesCheckWithItsOwnScore(_ tier: Tier, _ seed: UInt64, _ timeLimit: Double) throws {
        let run = try SolverRun(Fixtures.generated(tier, seed: seed), seed: seed, timeLimit: timeLimit, checkInvariants: true)
        let at = "tier \(tier) seed \(seed)"
        let report = run.check()
        #expect(report.isValid, "\(at): \(report.violations.prefix(3)) \(report.reasonProblems.prefix(3))")
        Self.expectSameScore(run.solution.parts, report.recomputed, at)
        #expect(run.solution.upperBound >= run.solution.parts.score - 0.01, "\(at): bound \(run.solution.upperBound) below score \(run.solution.parts.score)")
        #expect(run.problem.demandedWeightedMinutes == report.demandedWeightedMinutes, "\(at)")
        let visits = run.solution.assignments.map(\.visit) + run.solution.unmet.map(\.visit)
        #expect(Set(visits).count == visits.count, "\(at): a visit is listed twice")
        #expect(visits.count == run.problem.visitCount, "\(at): \(visits.count) rows for \(run.problem.visitCount) visits")
        if tier < .medium { #expect(run.reasonDisagreements() == [], "\(at)") }

        let again = try SolverRun(run.dataset, seed: seed, timeLimit: timeLimit)
        #expect(again.solution.assignments == run.solution.assignments, "\(at): same seed, different rows")
        #expect(again.solution.unmet == run.solution.unmet, "\(at): same seed, different unmet list")
        #expect(again.solution.parts == run.solution.parts, "\(at)")
        #expect(again.solution.upperBound == run.solution.upperBound, "\(at)")
    }

    @Test(arguments: cases.filter { $0.0 < .medium })
    func intermediaryRosterIsValidUnderThatOption(_ tier: Tier, _ seed: UInt64, _ timeLimit: Double) throws {
        let run = try SolverRun(
            Fixtures.generated(tier, seed: seed), seed: seed, timeLimit: timeLimit, includeIntermediary: true, checkInvariants: true
        )
        let at = "tier \(tier) seed \(seed) with intermediaries"
        let report = run.check()
        #expect(report.isValid, "\(at): \(report.violations.prefix(3)) \(report.reasonProblems.prefix(3))")
        Self.expectSameScore(run.solution.parts, report.recomputed, at)
        #expect(run.solution.upperBound >= run.solution.parts.score - 0.01, "\(at)")
    }

    /// The sweep is not vacuous: its rosters use intermediary workers when allowed and leave visits unmet for
    /// every reason, so the properties above are exercised on each code.
    @Test func sweepExercisesEveryReasonAndIntermediaries() throws {
        var reasons = Set<UnmetReason>()
        var intermediaryRows = 0
        for seed in UInt64(1)...6 {
            let dataset = Fixtures.generated(.tiny, seed: seed)
            let intermediaries = Set(dataset.workers.filter { $0.employment == .intermediary }.map(\.id))
            reasons.formUnion(try SolverRun(dataset, seed: seed, timeLimit: 0.01).solution.unmet.map(\.reason))
            let run = try SolverRun(dataset, seed: seed, timeLimit: 0.01, includeIntermediary: true)
            intermediaryRows += run.solution.assignments.filter { intermediaries.contains($0.workerID) }.count
        }
        // `past` belongs to replan runs only (ReplanTests).
        #expect(reasons == Set(UnmetReason.allCases).subtracting([.past]))
        #expect(intermediaryRows > 0)
    }

    static func expectSameScore(_ solver: ScoreBreakdown, _ checker: ScoreBreakdown, _ at: String) {
        #expect(abs(solver.score - checker.score) <= 0.01, "\(at): solver \(solver.score), checker \(checker.score)")
        #expect(solver.weightedMinutes == checker.weightedMinutes, "\(at)")
        #expect(solver.continuityDemands == checker.continuityDemands, "\(at)")
        #expect(solver.preferredVisits == checker.preferredVisits, "\(at)")
        #expect(abs(solver.routeKm - checker.routeKm) <= 1e-6, "\(at): solver \(solver.routeKm) km, checker \(checker.routeKm) km")
    }
}
