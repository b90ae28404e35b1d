import LinliModel

/// One worker's rows on one date, in start order: the route of rule 11.
struct CheckedWorkerDay: Sendable {
    let worker: Worker
    let date: Day
    /// Ordered by start, then end, then demand id.
    let rows: [CheckedRow]

    /// Metres of the route home → visit 1 → … → visit n → home, unrounded haversine.
    var meters: Double {
        guard let first = rows.first, let last = rows.last else { return 0 }
        var total = worker.home.distance(to: first.household.location) + last.household.location.distance(to: worker.home)
        for (a, b) in zip(rows, rows.dropFirst()) { total += a.household.location.distance(to: b.household.location) }
        return total
    }
}
