import LinliModel

/// Rule 4: a health check at most 364 days old (and not after the date); enhanced for care work.
struct HealthRule: RowRule {
    var rule: HardRule { .health }

    /// The checker's own copy of `Worker.healthCheckValidDays`, kept apart so it verifies the solver independently.
    static let maxAgeDays = 364

    static func isCurrent(_ worker: Worker, on day: Day) -> Bool {
        (0...maxAgeDays).contains(day.days(since: worker.healthCheckedOn))
    }

    static func coversScope(_ worker: Worker, _ category: Category) -> Bool {
        !category.isCare || worker.healthScope == .enhanced
    }

    static func admits(_ worker: Worker, _ category: Category, on day: Day) -> Bool {
        isCurrent(worker, on: day) && coversScope(worker, category)
    }

    func problem(with row: CheckedRow, in index: CheckIndex) -> String? {
        if !Self.isCurrent(row.worker, on: row.date) {
            return "worker \(row.worker.id)'s health check of \(row.worker.healthCheckedOn) does not count on \(row.date)"
        }
        if !Self.coversScope(row.worker, row.demand.category) {
            return "\(row.demand.category.rawValue) is care work and worker \(row.worker.id)'s health check is \(row.worker.healthScope.rawValue)"
        }
        return nil
    }
}
