import LinliModel

extension FieldReader {
    /// A row of service_records.csv: times and price are required for `done` visits only, times are ignored
    /// otherwise (with a warning), a done visit must end after it started, and the note is one line without control characters,
    /// line or paragraph separators or bidirectional controls.
    mutating func serviceRecord() -> ServiceRecord? {
        let demand = reference("demand_id", to: .demands)
        let date = day("date")
        let worker = reference("worker_id", to: .workers)
        let status = code("status", ServiceStatus.self)
        let stars = optionalInt("stars", 1...5, "a whole number of stars from 1 to 5")
        let complaint = optional("complaint", "one of \(ValueParser.choices(Complaint.self))") { Complaint(rawValue: $0) }
        let note = optionalLine("note")
        guard let status else { return nil }
        let times = status == .done ? doneTimes() : absentTimes()
        let price: Fen?? = status == .done ? money("price").map { .some($0) } : optionalMoney("price")
        guard let demand, let date, let worker, let times, let price, let stars, let complaint else { return nil }
        return ServiceRecord(
            demandID: demand, date: date, workerID: worker, status: status, started: times.started, ended: times.ended,
            price: price, stars: stars, complaint: complaint, note: note)
    }

    private mutating func doneTimes() -> (started: TimeOfDay?, ended: TimeOfDay?)? {
        let started = time("started", isEnd: false)
        let ended = time("ended", isEnd: true)
        guard let started, let ended else { return nil }
        guard started < ended else {
            fail("ended", "a done visit must end after it started (started \(started), ended \(ended))")
            return nil
        }
        return (started, ended)
    }

    /// Times belong to done visits only: any given otherwise are ignored, with a warning.
    private mutating func absentTimes() -> (started: TimeOfDay?, ended: TimeOfDay?)? {
        for column in ["started", "ended"] where !value(column).isEmpty {
            warn(column, "only a done visit has times: \(ValueParser.quoted(raw(column))) ignored")
        }
        return (nil, nil)
    }
}
