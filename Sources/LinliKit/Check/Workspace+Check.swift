import LinliEngine
import LinliModel

extension Workspace {
    /// `linli check`: re-verifies the published roster of `week` against rules 1-14 and the raw dataset,
    /// audits its unmet reasons and recomputes its score and workload figures, with the rule-1 option the run
    /// was made with (the stored roster carries the recounted per-worker figures, which runs do not store). A visit counts as cancelled only when its cancellation was stored before the run was
    /// made, so a roster stays valid after a later cancellation (the next run leaves that visit out).
    /// A replan run is checked against the version it replaced: its rows before the replan date must be
    /// that version's, byte for byte, and its stability term is recounted from that version. The
    /// stable-relationship figures are recounted against the run of the week before that the roster
    /// recorded, whatever version of that week is published now.
    /// - Throws: `KitError.noRoster` when nothing is published for the week.
    /// - Complexity: that of `RosterChecker`.
    public func check(week: ISOWeek) throws -> CheckSummary {
        let database = try existingDatabase()
        guard var roster = try database.publishedRoster(week: week) else { throw KitError.noRoster(week: week) }
        // Only the week's records matter (its cancellations), and of those only the ones the run could know.
        var dataset = try loadRevisedDataset(from: database, recordsOf: week).dataset
        dataset.serviceRecords = try database.serviceRecords(knownToPublishedRunOf: week) ?? []
        let include = roster.options.includeIntermediary
        let checker = RosterChecker(dataset: dataset, week: week, includeIntermediary: include)
        // The workload figures are reported, never scored, so they are recounted with the same function the
        // roster used (not an independent implementation): this catches figures stored or carried wrongly.
        let workload = Workload(dataset: dataset, week: week, includeIntermediary: include, assignments: roster.assignments)
        roster.summary.workload.byWorker = workload.byWorker
        var basis: ReplanBasis?
        var missing: [String] = []
        if let replan = roster.summary.replan {
            if let replaced = try database.roster(runID: replan.replacedRunID) {
                basis = ReplanBasis(from: replan.from, replaced: replaced, replacedRunID: replan.replacedRunID)
            } else {
                missing.append("run \(replan.replacedRunID), which this replan replaced, is no longer stored")
            }
        }
        var lastWeek: [Assignment] = []
        if let runID = roster.summary.lastWeekRunID {
            if let read = try database.roster(runID: runID) {
                lastWeek = read.assignments
            } else {
                missing.append("run \(runID) of the week before, which gave this roster its last workers, is no longer stored")
            }
        }
        var report = checker.check(
            assignments: roster.assignments, unmet: roster.unmet, replan: basis, lastWeek: lastWeek,
            continuity: roster.options.continuity)
        report.frozenProblems += missing
        return CheckSummary(week: week, roster: roster, report: report, workload: workload)
    }
}
