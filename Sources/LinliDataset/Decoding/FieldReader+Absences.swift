import LinliModel

extension FieldReader {
    mutating func absence() -> Absence? {
        let worker = reference("worker_id", to: .workers)
        let from = day("from")
        let until = day("until")
        let reason = code("reason", AbsenceReason.self)
        guard let worker, let from, let until, let reason else { return nil }
        guard from <= until else {
            fail("until", "until \(until) is before from \(from)")
            return nil
        }
        return Absence(workerID: worker, from: from, until: until, reason: reason)
    }
}
