import LinliModel

/// Rule 1: only employees (员工制) serve, unless the run included intermediary workers.
struct EmployeeSystemRule: RowRule {
    var rule: HardRule { .employeeSystem }

    static func admits(_ worker: Worker, includeIntermediary: Bool) -> Bool {
        includeIntermediary || worker.employment == .employee
    }

    func problem(with row: CheckedRow, in index: CheckIndex) -> String? {
        Self.admits(row.worker, includeIntermediary: index.includeIntermediary)
            ? nil : "worker \(row.worker.id) is \(row.worker.employment.rawValue), and the run did not include intermediary workers"
    }
}
