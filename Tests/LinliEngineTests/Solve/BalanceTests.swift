import LinliEngine
import LinliModel
import LinliTestSupport
import Testing

/// `--balance`: the work moves from an overloaded worker to an idle colleague of the same skills at the same
/// point, within 1% of the score (Docs/Rules.md, "Workload balance").
@Suite struct BalanceTests {
    /// Fifteen households 500 m east of `P1` each ask for 120 minutes on one weekday (three a day, any time of
    /// the shift). `W1` lives among them; `W2`, alike in everything else, a kilometre west, so every route of
    /// hers costs more and the score alone gives `W1` every visit.
    static let district: Dataset = {
        var builder = DistrictBuilder()
            .worker { $0.home = Fixtures.place(east: 500) }
            .addingWorker("W2") { $0.home = Fixtures.place(east: -500) }
            .with { $0.demands = [] }
        for i in 0..<15 {
            builder = builder
                .addingHousehold("H\(i + 2)", east: 500, north: Double(i * 20))
                .addingDemand("D\(i + 2)", household: "H\(i + 2)") {
                    $0.weekdays = [1 + i % 5]
                    $0.windowStart = Fixtures.time("08:00")
                    $0.windowEnd = Fixtures.time("17:00")
                }
        }
        return builder.build()
    }()

    /// `inGroups`: as a week too large for the Lagrangian bound is searched (``Search/improveInGroups(_:budget:)``),
    /// here with each worker a group of its own; the polish then works on the whole part.
    static func solve(balance: Bool, inGroups: Bool = false) throws -> (solution: Solution, workload: Workload) {
        let options = RunOptions(timeLimit: 0.05, balance: balance)
        let problem = try Problem(dataset: district, week: Fixtures.week, options: options)
        var solver = Solver(options: options)
        solver.parameters.checkInvariants = true
        if inGroups {
            solver.largestBoundedWeek = 0
            solver.parameters.smallestGroupedPart = 1
        }
        let solution = solver.solve(problem)
        let workload = Workload(dataset: district, week: Fixtures.week, includeIntermediary: false, assignments: solution.assignments)
        return (solution, workload)
    }

    @Test func balanceLowersTheDeviationWithinOnePercentOfTheScore() throws {
        let plain = try Self.solve(balance: false), balanced = try Self.solve(balance: true)
        #expect(plain.workload.byWorker.map(\.serviceMinutes).contains(0), "without --balance one worker should sit idle")
        #expect(balanced.workload.utilisationSD < plain.workload.utilisationSD * 0.5)
        #expect(balanced.solution.parts.score >= 0.99 * plain.solution.parts.score)
        #expect(balanced.solution.assignments.count == plain.solution.assignments.count)
    }

    /// A week searched in groups is polished after them: the balance still moves the work, within 1%.
    @Test func balanceFollowsTheSearchInGroups() throws {
        let plain = try Self.solve(balance: false, inGroups: true), balanced = try Self.solve(balance: true, inGroups: true)
        // The same search as without --balance (two groups' work, the polish not counted), then the polish.
        #expect(balanced.solution.searchWork == plain.solution.searchWork)
        #expect(plain.workload.byWorker.map(\.serviceMinutes).contains(0), "without --balance one worker should sit idle")
        #expect(balanced.workload.utilisationSD < plain.workload.utilisationSD * 0.5)
        #expect(balanced.solution.parts.score >= 0.99 * plain.solution.parts.score)
        let report = RosterChecker(dataset: Self.district, week: Fixtures.week, includeIntermediary: false)
            .check(assignments: balanced.solution.assignments, unmet: balanced.solution.unmet)
        #expect(report.isValid)
        #expect(abs(report.recomputed.score - balanced.solution.parts.score) < 0.01)
    }

    @Test func aBalancedRosterKeepsEveryRule() throws {
        let balanced = try Self.solve(balance: true)
        let report = RosterChecker(dataset: Self.district, week: Fixtures.week, includeIntermediary: false)
            .check(assignments: balanced.solution.assignments, unmet: balanced.solution.unmet)
        #expect(report.isValid)
        #expect(abs(report.recomputed.score - balanced.solution.parts.score) < 0.01)
    }

    /// The polish starts from the roster the search finds without `--balance` and never accepts a step below 99% of it.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func theScoreKeepsNinetyNinePercentOfTheUnbalancedRoster(seed: UInt64) throws {
        let district = Fixtures.generated(.tiny, seed: seed)
        func solve(_ balance: Bool) throws -> Solution {
            let options = RunOptions(seed: seed, timeLimit: 0.02, balance: balance)
            return Solver(options: options).solve(try Problem(dataset: district, week: Fixtures.week, options: options))
        }
        let plain = try solve(false), balanced = try solve(true)
        #expect(balanced.parts.score >= 0.99 * plain.parts.score)
    }

    @Test func theSameSeedGivesTheSameBalancedRoster() throws {
        #expect(try Self.solve(balance: true).solution.assignments == Self.solve(balance: true).solution.assignments)
    }
}
