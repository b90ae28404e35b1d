import LinliModel

/// A roster's rows resolved against the dataset, with the rows rule 13 refuses set aside.
///
/// Refused rows (unknown records, not a visit of the week, a visit's second row) are left out of
/// rules 1-12 and of the score, so that one defect is reported once, under rule 13.
struct CheckedRoster: Sendable {
    let index: CheckIndex
    /// Rows rule 13 admits, in input order.
    let rows: [CheckedRow]
    /// Rule 13 breaks found while resolving.
    let refusals: [RuleViolation]
    /// Per worker and date, ordered by worker id then date.
    let workerDays: [CheckedWorkerDay]
    /// Replan runs: minutes of each worker's frozen rows (dated before the replan date, not among `rows`),
    /// which still count toward the week cap.
    let frozenMinutes: [String: Int]

    /// `frozenBefore`: a replan's date, before which rows are history (``OnceRule/sift(_:index:frozenBefore:)``).
    /// - Complexity: O(rows log rows).
    init(assignments: [Assignment], index: CheckIndex, frozenMinutes: [String: Int] = [:], frozenBefore: Day? = nil) {
        self.index = index
        self.frozenMinutes = frozenMinutes
        (rows, refusals) = OnceRule.sift(assignments, index: index, frozenBefore: frozenBefore)
        let ordered = rows.sorted {
            ($0.worker.id, $0.date.ordinal, $0.start, $0.serviceEnd, $0.demand.id)
                < ($1.worker.id, $1.date.ordinal, $1.start, $1.serviceEnd, $1.demand.id)
        }
        var days: [CheckedWorkerDay] = []
        var from = 0
        for i in ordered.indices where i + 1 == ordered.count
            || ordered[i + 1].worker.id != ordered[i].worker.id || ordered[i + 1].date != ordered[i].date {
            days.append(CheckedWorkerDay(worker: ordered[i].worker, date: ordered[i].date, rows: Array(ordered[from...i])))
            from = i + 1
        }
        workerDays = days
    }
}
