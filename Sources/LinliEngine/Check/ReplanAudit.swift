import LinliModel

/// The parts of `check` that compare a replan run with the roster it replaced.
enum ReplanAudit {
    /// Service minutes (`end − start`) of each worker's rows.
    static func minutesByWorker(_ rows: [Assignment]) -> [String: Int] {
        rows.reduce(into: [:]) { $0[$1.workerID, default: 0] += max(0, $1.end.minutes - $1.start.minutes) }
    }

    /// Rows kept with the worker and start the replaced roster gave their visit.
    /// - Complexity: O(rows).
    static func stableVisits(_ rebuilt: [Assignment], basis: ReplanBasis) -> Int {
        let before = Dictionary(basis.previousRows.map { ($0.visit, $0) }, uniquingKeysWith: { a, _ in a })
        return rebuilt.count(where: { row in before[row.visit].map { $0.workerID == row.workerID && $0.start == row.start } ?? false })
    }

    /// Every row dated before the replan date that is not exactly one of the replaced roster's, and every
    /// such row of the replaced roster that is missing.
    /// - Complexity: O(rows).
    static func frozenProblems(_ frozen: [Assignment], basis: ReplanBasis) -> [String] {
        var expected = Dictionary(grouping: basis.frozenRows, by: \.self).mapValues(\.count)
        var problems: [String] = []
        for row in frozen {
            if let n = expected[row], n > 0 {
                expected[row] = n - 1
            } else {
                problems.append("\(describe(row)) is dated before the replan date \(basis.from) but is not a row of run \(basis.replacedRunID)")
            }
        }
        for row in basis.frozenRows where (expected[row] ?? 0) > 0 {
            expected[row]! -= 1
            problems.append("\(describe(row)) of run \(basis.replacedRunID) is dated before the replan date \(basis.from) but missing")
        }
        return problems
    }

    private static func describe(_ row: Assignment) -> String {
        "row \(row.demandID) \(row.date) \(row.start)-\(row.end) \(row.workerID)"
    }
}
