import LinliModel

/// Rule 12: a worker's service minutes in the week, travel excluded, stay within `max_week_minutes`.
struct WeekCapRule: RosterRule {
    var rule: HardRule { .weekCap }

    static func admits(minutes: Int, _ worker: Worker) -> Bool { minutes <= worker.maxWeekMinutes }

    /// A replan's frozen minutes count toward the cap of a worker who has rebuilt rows.
    /// - Complexity: O(rows).
    func violations(in roster: CheckedRoster) -> [RuleViolation] {
        var minutes: [String: Int] = [:]
        var workers: [Worker] = []
        for row in roster.rows {
            if minutes[row.worker.id] == nil {
                workers.append(row.worker)
                minutes[row.worker.id] = roster.frozenMinutes[row.worker.id] ?? 0
            }
            minutes[row.worker.id, default: 0] += row.demand.minutes
        }
        return workers.compactMap { w in
            let total = minutes[w.id]!
            return Self.admits(minutes: total, w) ? nil
                : RuleViolation(rule: rule, assignment: nil, message: "worker \(w.id) serves \(total) minutes, over the cap of \(w.maxWeekMinutes)")
        }
    }
}
