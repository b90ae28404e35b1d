import LinliEngine
import LinliModel

extension Roster {
    /// The roster of a solved week of `dataset`, with its summary.
    init(
        week: ISOWeek, options: RunOptions, solution: Solution, dataset: Dataset, demandedWeightedMinutes: Int, seconds: Double
    ) {
        let reasons = Dictionary(grouping: solution.unmet, by: \.reason).mapValues(\.count)
        self.init(
            week: week, options: options, assignments: solution.assignments, unmet: solution.unmet,
            summary: RosterSummary(
                week: week, parts: solution.parts, assignedVisits: solution.assignments.count,
                unmetVisits: solution.unmet.count, demandedWeightedMinutes: demandedWeightedMinutes,
                unmetByReason: reasons, upperBound: solution.upperBound, boundMethod: solution.boundMethod, seconds: seconds,
                stoppedBy: solution.stoppedBy,
                workload: Workload(
                    dataset: dataset, week: week, includeIntermediary: options.includeIntermediary,
                    assignments: solution.assignments)))
    }
}
