import LinliModel

/// Rule 14: no visit on a day that lies in one of the worker's absences, both ends included.
struct AbsenceRule: RowRule {
    var rule: HardRule { .absence }

    static func admits(_ worker: Worker, on day: Day, in index: CheckIndex) -> Bool {
        absence(of: worker, on: day, in: index) == nil
    }

    /// The first absence of `worker` (in dataset order) that covers `day`.
    static func absence(of worker: Worker, on day: Day, in index: CheckIndex) -> Absence? {
        index.absences[worker.id]?.first { $0.from <= day && day <= $0.until }
    }

    func problem(with row: CheckedRow, in index: CheckIndex) -> String? {
        guard let a = Self.absence(of: row.worker, on: row.date, in: index) else { return nil }
        return "worker \(row.worker.id) is absent (\(a.reason.rawValue)) from \(a.from) until \(a.until), which covers \(row.date)"
    }
}
