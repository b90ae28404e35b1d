import Benchmark
import LinliBenchSupport
import LinliEngine
import LinliModel

/// A replan after one worker calls in sick from Wednesday to the end of the week (an absence, as the console's
/// sick call records it), per tier from medium up: compiling the week with the replaced roster and solving it with the default
/// time limit. The first roster is solved in setup, outside the measured block.
enum ReplanBench {
    /// The changed district and the roster it replans.
    struct Scenario: Sendable {
        var dataset: Dataset
        var basis: ReplanBasis
    }

    /// `district` rostered from scratch, then its busiest worker after Tuesday absent from Wednesday to Sunday.
    static func scenario(_ district: Dataset) throws -> Scenario {
        let week = BenchDistrict.week
        var dataset = district
        let options = RunOptions()
        let solution = Solver(options: options).solve(try Problem(dataset: dataset, week: week, options: options))
        let roster = Roster(
            week: week, options: options, assignments: solution.assignments, unmet: solution.unmet,
            summary: RosterSummary(
                week: week, parts: solution.parts, assignedVisits: solution.assignments.count,
                unmetVisits: solution.unmet.count, demandedWeightedMinutes: 0, unmetByReason: [:]))
        let wednesday = week.monday.adding(days: 2)
        let later = Dictionary(grouping: roster.assignments.filter { $0.date >= wednesday }, by: \.workerID)
        if let busiest = later.max(by: { ($0.value.count, $1.key) < ($1.value.count, $0.key) })?.key {
            dataset.absences.append(Absence(workerID: busiest, from: wednesday, until: week.monday.adding(days: 6), reason: .sick))
        }
        return Scenario(dataset: dataset, basis: ReplanBasis(from: wednesday, replaced: roster, replacedRunID: 1))
    }

    static func register() {
        for tier in BenchDistrict.largeTiers {
            Benchmark(
                "Replan-\(tier)", configuration: .linli(tier),
                closure: { (benchmark: Benchmark, scenario: Scenario) throws in
                    for _ in benchmark.scaledIterations {
                        let problem = try Problem(
                            dataset: scenario.dataset, week: BenchDistrict.week, options: RunOptions(), replan: scenario.basis)
                        blackHole(Solver(options: RunOptions()).solve(problem))
                    }
                },
                setup: { try scenario(BenchDistrict.dataset(tier)) }
            )
        }
    }
}
