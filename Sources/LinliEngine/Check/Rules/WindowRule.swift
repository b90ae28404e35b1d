import LinliModel

/// Rule 10: the service `[start, start + minutes]` lies inside the demand's window, and the row's end is its end.
struct WindowRule: RowRule {
    var rule: HardRule { .window }

    func problem(with row: CheckedRow, in index: CheckIndex) -> String? {
        let d = row.demand, a = row.assignment
        if a.end.minutes != row.serviceEnd {
            return "\(a.start)-\(a.end) is not \(d.minutes) minutes"
        }
        if row.start < d.windowStart.minutes || row.serviceEnd > d.windowEnd.minutes {
            return "\(a.start)-\(TimeOfDay(minutes: row.serviceEnd)) is outside the window \(d.windowStart)-\(d.windowEnd)"
        }
        return nil
    }
}
