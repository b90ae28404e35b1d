import LinliModel

/// Rule 2: neither the worker nor the enterprise is on a dishonest (严重失信) list.
struct CreditRule: RowRule {
    var rule: HardRule { .credit }

    static func admits(_ worker: Worker, _ enterprise: Enterprise) -> Bool {
        worker.credit != .dishonest && enterprise.credit != .dishonest
    }

    func problem(with row: CheckedRow, in index: CheckIndex) -> String? {
        if row.worker.credit == .dishonest { return "worker \(row.worker.id) is dishonest" }
        let employer = index.enterprises[row.worker.enterpriseID]
        for e in [row.enterprise, employer].compactMap({ $0 }) where e.credit == .dishonest {
            return "enterprise \(e.id) is dishonest"
        }
        return nil
    }
}
