import LinliModel

extension FieldReader {
    mutating func demand() -> Demand? {
        let id = self.id("demand_id")
        let household = reference("household_id", to: .households)
        let category = code("category", Category.self)
        let mode = code("mode", ServiceMode.self)
        let minutes = int("minutes", Limits.visitMinutes, "a number of minutes \(Limits.text(Limits.visitMinutes))")
        let recurrence = code("recurrence", Recurrence.self)
        let weekdays = self.weekdays("weekdays")
        let date = optionalDay("date")
        let start = time("window_start", isEnd: false)
        let end = time("window_end", isEnd: true)
        let maxPrice = optionalMoney("max_price")
        let preferred = optionalID("preferred_worker_id")
        if let p = preferred, let p { check(p, column: "preferred_worker_id", in: .workers) }
        let from = optionalDay("active_from")
        let until = optionalDay("active_until")
        let before = errorCount
        if let recurrence, let weekdays, let date, let from, let until {
            checkRecurrence(recurrence, weekdays: weekdays, date: date, from: from, until: until)
        }
        if let start, let end, let mode, let minutes {
            checkWindow(start, end, mode: mode, minutes: minutes)
        }
        guard errorCount == before, let id, let household, let category, let mode, let minutes, let recurrence,
              let weekdays, let date, let start, let end, let maxPrice, let preferred, let from, let until
        else { return nil }
        return Demand(
            id: id, householdID: household, category: category, mode: mode, minutes: minutes, recurrence: recurrence,
            weekdays: weekdays, date: date, windowStart: start, windowEnd: end, maxPrice: maxPrice,
            preferredWorkerID: preferred, activeFrom: recurrence == .weekly ? from : nil,
            activeUntil: recurrence == .weekly ? until : nil
        )
    }

    /// `weekly` needs weekdays and no date, `once` the reverse; active bounds belong to `weekly` (reversed ones are
    /// a warning, and a once demand's are ignored with a warning).
    private mutating func checkRecurrence(_ recurrence: Recurrence, weekdays: [Int], date: Day?, from: Day?, until: Day?) {
        switch recurrence {
        case .weekly:
            if weekdays.isEmpty { fail("weekdays", "a weekly demand needs weekdays, e.g. \"1;3;5\"") }
            if date != nil {
                fail("date", "must be empty for a weekly demand (found \(ValueParser.quoted(raw("date"))))")
            }
            if let from, let until, from > until {
                // Not an error in the spec: the demand is simply active on no day.
                warn("active_until", "active_until \(until) is before active_from \(from): the demand is active on no day")
            }
        case .once:
            if date == nil { fail("date", "a once demand needs a date YYYY-MM-DD") }
            if !weekdays.isEmpty {
                fail("weekdays", "must be empty for a once demand (found \(ValueParser.quoted(raw("weekdays")))")
            }
            for column in ["active_from", "active_until"] where !value(column).isEmpty {
                warn(column, "applies to weekly demands only: ignored for a once demand")
            }
        }
    }

    /// The window starts before it ends and holds `minutes`, exactly for `slot`.
    private mutating func checkWindow(_ start: TimeOfDay, _ end: TimeOfDay, mode: ServiceMode, minutes: Int) {
        let length = end.minutes - start.minutes
        let window = "\(start)-\(end)"
        if length <= 0 {
            fail("window_end", "the window must end after it starts; found \(window)")
        } else if length < minutes {
            fail("window_end", "the window \(window) (\(length) min) is shorter than minutes \(minutes)")
        } else if mode == .slot, length != minutes {
            fail("window_end", "a slot demand's window must last exactly its minutes (\(minutes)); \(window) lasts \(length) min")
        }
    }
}
