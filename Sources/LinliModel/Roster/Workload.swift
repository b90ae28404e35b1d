/// The workload figures of a roster: how evenly the week's work falls on the workers who may take it.
///
/// A worker's utilisation is service minutes ÷ available minutes, where available minutes are the
/// smaller of the week cap and the shift lengths of the worker's working days that no absence covers.
/// Workers with no available minutes are left out, and so are workers that rules 1-2 refuse
/// (not employee-system in a run without intermediaries, or dishonest themselves or by employer).
public struct Workload: Hashable, Sendable {
    /// Mean utilisation over the counted workers; 0 when none is counted.
    public var utilisationMean: Double
    /// Population standard deviation of the utilisation over the counted workers; 0 when none is counted.
    public var utilisationSD: Double

    public init(utilisationMean: Double = 0, utilisationSD: Double = 0) {
        self.utilisationMean = utilisationMean
        self.utilisationSD = utilisationSD
    }

    /// The figures of `assignments` (rows of `week`) over `dataset`; rows of unknown workers count for nobody.
    /// - Complexity: O(workers + shift days + absences + assignments).
    public init(dataset: Dataset, week: ISOWeek, includeIntermediary: Bool, assignments: [Assignment]) {
        var served: [String: Int] = [:]
        for a in assignments { served[a.workerID, default: 0] += a.end.minutes - a.start.minutes }
        let absences = Dictionary(grouping: dataset.absences, by: \.workerID)
        let patterns = Dictionary(dataset.shiftPatterns.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let dishonestEmployers = Set(dataset.enterprises.filter { $0.credit == .dishonest }.map(\.id))
        var rates: [Double] = []
        for worker in dataset.workers {
            guard includeIntermediary || worker.employment == .employee, worker.credit != .dishonest,
                  !dishonestEmployers.contains(worker.enterpriseID)
            else { continue }
            let windows = patterns[worker.shiftPatternID]?.windows(in: week, rotationOffset: worker.rotationOffset) ?? []
            var shiftMinutes = 0
            for (day, window) in zip(week.days, windows) {
                guard let window, !(absences[worker.id] ?? []).contains(where: { $0.covers(day) }) else { continue }
                shiftMinutes += max(0, window.end.minutes - window.start.minutes)
            }
            let available = min(worker.maxWeekMinutes, shiftMinutes)
            guard available > 0 else { continue }
            rates.append(Double(served[worker.id] ?? 0) / Double(available))
        }
        guard !rates.isEmpty else {
            self.init()
            return
        }
        let mean = rates.reduce(0, +) / Double(rates.count)
        let variance = rates.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(rates.count)
        self.init(utilisationMean: mean, utilisationSD: variance.squareRoot())
    }
}
