import LinliModel

/// Rule 5: trained (岗前 or 回炉) at most 729 days before the date, and not after it.
struct TrainingRule: RowRule {
    var rule: HardRule { .training }

    /// The checker's own copy of `Worker.trainingValidDays`, kept apart so it verifies the solver independently.
    static let maxAgeDays = 729

    static func admits(_ worker: Worker, on day: Day) -> Bool {
        (0...maxAgeDays).contains(day.days(since: worker.trainedOn))
    }

    func problem(with row: CheckedRow, in index: CheckIndex) -> String? {
        Self.admits(row.worker, on: row.date)
            ? nil : "worker \(row.worker.id)'s training of \(row.worker.trainedOn) does not count on \(row.date)"
    }
}
