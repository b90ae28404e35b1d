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
    /// Every counted worker's figures, by worker id; empty for a stored run (its rows and the data recount them).
    public var byWorker: [WorkerUtilisation]

    public init(utilisationMean: Double = 0, utilisationSD: Double = 0, byWorker: [WorkerUtilisation] = []) {
        self.utilisationMean = utilisationMean
        self.utilisationSD = utilisationSD
        self.byWorker = byWorker
    }

    /// A worker's available minutes: the smaller of `weekCap` and the lengths of the shift `windows` (Monday
    /// first, nil on rest days) of the days `absent` does not mark.
    public static func availableMinutes(windows: [(start: TimeOfDay, end: TimeOfDay)?], absent: (Int) -> Bool, weekCap: Int) -> Int {
        var shiftMinutes = 0
        for (d, window) in windows.enumerated() {
            guard let window, !absent(d) else { continue }
            shiftMinutes += max(0, window.end.minutes - window.start.minutes)
        }
        return min(weekCap, shiftMinutes)
    }

    /// The `count` most utilised workers, busiest first (ties by id).
    public func busiest(_ count: Int) -> [WorkerUtilisation] {
        Array(byWorker.sorted { ($1.utilisation, $0.workerID) < ($0.utilisation, $1.workerID) }.prefix(count))
    }

    /// The `count` least utilised workers, idlest first (ties by id).
    public func idlest(_ count: Int) -> [WorkerUtilisation] {
        Array(byWorker.sorted { ($0.utilisation, $0.workerID) < ($1.utilisation, $1.workerID) }.prefix(count))
    }

    /// Up to `count` busiest and up to `count` least busy workers, never the same worker in both: of fewer than
    /// 2 × `count` workers, the busier half (the middle one with them) and the rest.
    public func extremes(_ count: Int) -> (busiest: [WorkerUtilisation], idlest: [WorkerUtilisation]) {
        let n = byWorker.count
        let busiest = busiest(min(count, (n + 1) / 2))
        let shown = Set(busiest.map(\.workerID))
        return (busiest, Array(idlest(n).lazy.filter { !shown.contains($0.workerID) }.prefix(min(count, n / 2))))
    }

    /// The figures of `assignments` (rows of `week`) over `dataset`; rows of unknown workers count for nobody.
    /// - Complexity: O(workers + shift days + absences + assignments).
    public init(dataset: Dataset, week: ISOWeek, includeIntermediary: Bool, assignments: [Assignment]) {
        var served: [String: Int] = [:]
        for a in assignments { served[a.workerID, default: 0] += a.end.minutes - a.start.minutes }
        let absences = Dictionary(grouping: dataset.absences, by: \.workerID)
        let patterns = Dictionary(dataset.shiftPatterns.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let dishonestEmployers = Set(dataset.enterprises.filter { $0.credit == .dishonest }.map(\.id))
        let days = week.days
        var counted: [WorkerUtilisation] = []
        for worker in dataset.workers {
            guard includeIntermediary || worker.employment == .employee, worker.credit != .dishonest,
                  !dishonestEmployers.contains(worker.enterpriseID)
            else { continue }
            let windows = patterns[worker.shiftPatternID]?.windows(in: week, rotationOffset: worker.rotationOffset) ?? []
            let own = absences[worker.id] ?? []
            let available = Self.availableMinutes(
                windows: windows, absent: { d in own.contains { $0.covers(days[d]) } }, weekCap: worker.maxWeekMinutes)
            guard available > 0 else { continue }
            counted.append(WorkerUtilisation(workerID: worker.id, serviceMinutes: served[worker.id] ?? 0, availableMinutes: available))
        }
        guard !counted.isEmpty else {
            self.init()
            return
        }
        counted.sort { $0.workerID < $1.workerID }
        let rates = counted.map(\.utilisation)
        let mean = rates.reduce(0, +) / Double(rates.count)
        let variance = rates.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(rates.count)
        self.init(utilisationMean: mean, utilisationSD: variance.squareRoot(), byWorker: counted)
    }
}
