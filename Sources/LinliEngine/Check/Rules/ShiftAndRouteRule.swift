import LinliModel

/// Rule 11: each worker-date is one route home → visits in start order → home, inside the day's shift,
/// with travel between stops and no overlap; nothing on a rest day.
struct ShiftAndRouteRule: RosterRule {
    var rule: HardRule { .shiftAndRoute }

    /// Travel minutes between two visits: 0 at one household, else `ceil(distance / 250)`.
    static func travel(_ a: Household, _ b: Household) -> Int {
        a.id == b.id ? 0 : a.location.travelMinutes(to: b.location)
    }

    /// Whether a shift can hold home → the visit → home alone: some start `t` in the window with
    /// `shift.start + travel ≤ t` and `t + minutes + travel ≤ shift.end`.
    static func canServeAlone(_ demand: Demand, at household: Household, from home: GeoPoint, in shift: CheckIndex.Shift) -> Bool {
        let travel = home.travelMinutes(to: household.location)
        let start = max(demand.windowStart.minutes, shift.start.minutes + travel)
        let end = start + demand.minutes
        return end <= demand.windowEnd.minutes && end + travel <= shift.end.minutes
    }

    /// - Complexity: O(rows).
    func violations(in roster: CheckedRoster) -> [RuleViolation] {
        roster.workerDays.flatMap { day in
            guard let shift = roster.index.shift(of: day.worker, on: day.date) else {
                return day.rows.map { violation($0, "\(day.date) is a rest day for worker \(day.worker.id)") }
            }
            return routeProblems(day, shift)
        }
    }

    private func routeProblems(_ day: CheckedWorkerDay, _ shift: CheckIndex.Shift) -> [RuleViolation] {
        var found: [RuleViolation] = []
        let first = day.rows[0], last = day.rows[day.rows.count - 1]
        let leave = first.start - day.worker.home.travelMinutes(to: first.household.location)
        if leave < shift.start.minutes {
            found.append(violation(first, "leaves home at \(clock(leave)), before the shift starts at \(shift.start)"))
        }
        for (a, b) in zip(day.rows, day.rows.dropFirst()) {
            let ready = a.serviceEnd + Self.travel(a.household, b.household)
            if b.start < ready {
                found.append(violation(b, "starts at \(b.assignment.start), but \(a.demand.id) ends at \(clock(a.serviceEnd)) and the way takes until \(clock(ready))"))
            }
        }
        let back = last.serviceEnd + last.household.location.travelMinutes(to: day.worker.home)
        if back > shift.end.minutes {
            found.append(violation(last, "comes home at \(clock(back)), after the shift ends at \(shift.end)"))
        }
        return found
    }

    private func violation(_ row: CheckedRow, _ message: String) -> RuleViolation {
        RuleViolation(rule: rule, assignment: row.assignment, message: message)
    }

    /// Minutes since midnight as `HH:MM`, negative ones as a count.
    private func clock(_ minutes: Int) -> String {
        minutes >= 0 ? TimeOfDay(minutes: minutes).description : "\(minutes) min"
    }
}
