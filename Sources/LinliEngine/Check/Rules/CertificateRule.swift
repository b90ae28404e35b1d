import LinliModel

/// Rule 3: the home-visit certificate (持证上门) is valid on the date.
struct CertificateRule: RowRule {
    var rule: HardRule { .certificate }

    static func admits(_ worker: Worker, on day: Day) -> Bool {
        worker.certificateUntil.map { $0 >= day } ?? false
    }

    func problem(with row: CheckedRow, in index: CheckIndex) -> String? {
        if Self.admits(row.worker, on: row.date) { return nil }
        guard let until = row.worker.certificateUntil else { return "worker \(row.worker.id) has no certificate" }
        return "worker \(row.worker.id)'s certificate ran out on \(until)"
    }
}
