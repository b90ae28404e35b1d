import LinliModel

/// The raw dataset indexed for checking one week: records by id, menu versions, shift windows and reach.
///
/// Built once per checker, independently of the solver's own problem model.
struct CheckIndex: Sendable {
    /// A working window on one date, from leaving home to coming home.
    typealias Shift = (start: TimeOfDay, end: TimeOfDay)

    let week: ISOWeek
    let includeIntermediary: Bool
    let workers: [String: Worker]
    let enterprises: [String: Enterprise]
    let points: [String: ServicePoint]
    let households: [String: Household]
    let demands: [String: Demand]
    /// Demands in dataset order, for deterministic reports.
    let demandList: [Demand]
    /// Versions of each item, keyed `enterprise` then `item code`, by ascending `effectiveFrom` (nil first).
    let menuVersions: [String: [String: [MenuItem]]]
    /// Per weekday offset (0 = Monday), the item versions in force that day, per enterprise.
    let menuInForce: [[String: [MenuItem]]]
    /// Per worker, the shift window of each day Monday … Sunday; nil on rest days.
    let shifts: [String: [Shift?]]
    /// Workers by base point, in dataset order.
    let workersAtPoint: [String: [Worker]]
    /// Per household, the service points within reach (rule 9), in dataset order.
    let pointsInReach: [String: [ServicePoint]]
    /// Visits their household cancelled: no visits of this week.
    let cancelled: Set<VisitKey>
    /// Per worker, the absences that touch this week.
    let absences: [String: [Absence]]

    /// - Complexity: O(records + households × points).
    init(dataset: Dataset, week: ISOWeek, includeIntermediary: Bool) {
        self.week = week
        self.includeIntermediary = includeIntermediary
        workers = Self.byID(dataset.workers, \.id)
        enterprises = Self.byID(dataset.enterprises, \.id)
        points = Self.byID(dataset.servicePoints, \.id)
        households = Self.byID(dataset.households, \.id)
        demands = Self.byID(dataset.demands, \.id)
        demandList = dataset.demands
        cancelled = dataset.cancelledVisits

        var versions: [String: [String: [MenuItem]]] = [:]
        for item in dataset.menu { versions[item.enterpriseID, default: [:]][item.itemCode, default: []].append(item) }
        for (e, items) in versions {
            for (code, list) in items {
                versions[e]![code] = list.sorted { ($0.effectiveFrom?.ordinal ?? Int.min) < ($1.effectiveFrom?.ordinal ?? Int.min) }
            }
        }
        menuVersions = versions
        menuInForce = week.days.map { day in
            versions.mapValues { items in items.keys.sorted().compactMap { Self.version(of: items[$0]!, on: day) } }
        }

        let patterns = Dictionary(dataset.shiftPatterns.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        shifts = workers.mapValues { w in
            patterns[w.shiftPatternID]?.windows(in: week, rotationOffset: w.rotationOffset).map { $0.map { ($0.start, $0.end) } }
                ?? Array(repeating: nil, count: 7)
        }
        workersAtPoint = Dictionary(grouping: dataset.workers, by: \.pointID)
        pointsInReach = households.mapValues { h in dataset.servicePoints.filter { NearbyRule.reaches($0, h) } }
        let sunday = week.monday.adding(days: 6)
        absences = Dictionary(grouping: dataset.absences.filter { $0.from <= sunday && $0.until >= week.monday }, by: \.workerID)
    }

    /// The version of item (`enterpriseID`, `itemCode`) in force on `day`; nil when it does not exist or has not started.
    func item(enterpriseID: String, itemCode: String, on day: Day) -> MenuItem? {
        menuVersions[enterpriseID]?[itemCode].flatMap { Self.version(of: $0, on: day) }
    }

    /// Whether item (`enterpriseID`, `itemCode`) has any version at all.
    func itemExists(enterpriseID: String, itemCode: String) -> Bool {
        menuVersions[enterpriseID]?[itemCode] != nil
    }

    /// The item versions of `enterpriseID` in force on `day` (a date of the week).
    func itemsInForce(of enterpriseID: String, on day: Day) -> [MenuItem] {
        menuInForce[day.days(since: week.monday)][enterpriseID] ?? []
    }

    /// The worker's shift window on `day`; nil on a rest day, outside the week, or with an unknown pattern.
    func shift(of worker: Worker, on day: Day) -> Shift? {
        let offset = day.days(since: week.monday)
        guard (0..<7).contains(offset) else { return nil }
        return shifts[worker.id]?[offset] ?? nil
    }

    /// Whether `day` is a visit date of `demand` in this week that its household has not cancelled.
    func isVisit(of demand: Demand, on day: Day) -> Bool {
        visitDates(of: demand).contains(day)
    }

    /// The dates of `demand`'s visits in this week, cancelled ones left out.
    func visitDates(of demand: Demand) -> [Day] {
        demand.visitDates(in: week, except: cancelled)
    }

    /// The version with the latest `effectiveFrom ≤ day` among `versions` sorted ascending.
    private static func version(of versions: [MenuItem], on day: Day) -> MenuItem? {
        versions.last { ($0.effectiveFrom?.ordinal ?? Int.min) <= day.ordinal }
    }

    private static func byID<T>(_ records: [T], _ id: (T) -> String) -> [String: T] {
        Dictionary(records.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
    }
}
