import LinliModel

extension FieldReader {
    mutating func pin() -> Pin? {
        let demand = self.id("demand_id")
        let date = day("date")
        let worker = self.id("worker_id")
        let start: TimeOfDay?? = value("start").isEmpty ? .some(nil) : time("start", isEnd: false).map { .some($0) }
        guard let demand, let date, let worker, let start else { return nil }
        return Pin(demandID: demand, date: date, workerID: worker, start: start)
    }
}
