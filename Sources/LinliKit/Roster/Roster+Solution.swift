import LinliEngine
import LinliModel

extension Roster {
    /// The roster of a solved week of `dataset`, with its summary; for a replan, the frozen rows of `replan`
    /// join the solver's and the summary counts what changed against the replaced roster; `lastWeekRunID`
    /// names the run of the week before that gave the demands their last workers.
    init(
        week: ISOWeek, options: RunOptions, solution: Solution, dataset: Dataset, demandedWeightedMinutes: Int, seconds: Double,
        replan: ReplanBasis? = nil, lastWeekRunID: Int64? = nil
    ) {
        let reasons = Dictionary(grouping: solution.unmet, by: \.reason).mapValues(\.count)
        var assignments = solution.assignments
        if let replan {
            assignments += replan.frozenRows
            assignments.sort { ($0.workerID, $0.date, $0.start) < ($1.workerID, $1.date, $1.start) }
        }
        self.init(
            week: week, options: options, assignments: assignments, unmet: solution.unmet,
            summary: RosterSummary(
                week: week, parts: solution.parts, assignedVisits: assignments.count,
                unmetVisits: solution.unmet.count, demandedWeightedMinutes: demandedWeightedMinutes,
                unmetByReason: reasons, upperBound: solution.upperBound, boundMethod: solution.boundMethod, seconds: seconds,
                stoppedBy: solution.stoppedBy,
                workload: Workload(
                    dataset: dataset, week: week, includeIntermediary: options.includeIntermediary,
                    assignments: assignments),
                lastWeekRunID: lastWeekRunID, relationshipPossible: solution.relationshipPossible))
        if let replan {
            let changes = RosterChange.compare(before: replan.replaced, after: self, from: replan.from)
            summary.replan = RosterChange.figures(of: changes, from: replan.from, replacedRunID: replan.replacedRunID)
        }
    }
}
