import LinliModel

/// The score parts of Docs/Rules.md, recomputed from the admitted rows and the raw data.
enum ScoreRecount {
    /// Rows dated before `frozenBefore` (a replan's history) count their own `end − start` minutes.
    /// - Complexity: O(rows + demands).
    static func breakdown(of roster: CheckedRoster, frozenBefore: Day? = nil) -> ScoreBreakdown {
        var parts = ScoreBreakdown()
        var workerOf: [VisitKey: String] = [:]
        for row in roster.rows {
            let frozen = frozenBefore.map { row.date < $0 } ?? false
            let minutes = frozen ? max(0, row.assignment.end.minutes - row.start) : row.demand.minutes
            parts.weightedMinutes += row.household.priorityGroup.weight * minutes
            if row.demand.preferredWorkerID == row.worker.id { parts.preferredVisits += 1 }
            workerOf[row.assignment.visit] = row.worker.id
        }
        parts.routeKm = roster.workerDays.reduce(0) { $0 + $1.meters } / 1000
        for demand in roster.index.demandList where demand.recurrence == .weekly {
            let workers = roster.index.visitDates(of: demand).map { workerOf[VisitKey(demandID: demand.id, date: $0)] }
            if let first = workers.first, let w = first, workers.allSatisfy({ $0 == w }) { parts.continuityDemands += 1 }
        }
        return parts
    }

    /// Σ weight × minutes over all visits of the week.
    static func demandedWeightedMinutes(_ index: CheckIndex) -> Int {
        index.demandList.reduce(0) { total, d in
            let weight = index.households[d.householdID]?.priorityGroup.weight ?? 1
            return total + weight * d.minutes * index.visitDates(of: d).count
        }
    }
}
