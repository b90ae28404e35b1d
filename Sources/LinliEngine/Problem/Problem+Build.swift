import LinliModel

/// A pin that cannot be kept, with the rule it breaks.
public struct PinError: Error, Hashable, Sendable, CustomStringConvertible {
    public var pin: Pin
    public var rule: Int
    public var message: String

    public var description: String {
        "pin \(pin.demandID) \(pin.date) → \(pin.workerID): breaks rule \(rule): \(message)"
    }
}

extension Problem {
    /// Compiles one week of `dataset` for the solver.
    ///
    /// Rules 1-9 are evaluated once per (demand, worker) pair among the workers based at points within reach
    /// of the household (a bounding-box filter, then exact haversine), so the cost grows with
    /// demands × workers nearby, not demands × all workers.
    /// Once the `deadline` has expired, each later demand stops looking for workers as soon as every visit has
    /// ``hurriedCandidates`` candidates: unmet reasons stay exact (a visit with no candidate is still searched
    /// in full), the roster only gets fewer choices, and ``candidatesComplete`` turns false.
    /// - Parameters:
    ///   - previous: last week's worker per demand id, for continuity (相对稳定的服务关系).
    ///   - pins: visits fixed to a worker (and maybe a start); validate them with ``validatePins(_:)``.
    ///   - replan: for a replan run, the roster it replaces: visits dated before its date are held as that
    ///     roster has them (rows frozen, unmet reasons kept, `past` for the rest); later visits remember
    ///     their previous worker and start for the stability term.
    /// - Complexity: O(H·P + D·W_near·I) for H households, P points, D demands, W_near workers within reach, I items.
    /// - Throws: ``PinError`` naming the rule an impossible pin breaks.
    public init(
        dataset: Dataset, week: ISOWeek, options: RunOptions, pins: [Pin] = [], previous: [String: String] = [:],
        replan: ReplanBasis? = nil, deadline: Deadline = .never
    ) throws(PinError) {
        let index = DistrictIndex(dataset: dataset, week: week)
        if !pins.isEmpty { try index.validate(pins: pins, includeIntermediary: options.includeIntermediary) }
        self.init(index: index, options: options, pins: pins, previous: previous, replan: replan, deadline: deadline)
    }

    /// Candidates kept per visit once the compile deadline has expired.
    static let hurriedCandidates = 4

    init(
        index: DistrictIndex, options: RunOptions, pins: [Pin], previous: [String: String], replan: ReplanBasis? = nil,
        deadline: Deadline = .never
    ) {
        let ds = index.dataset
        self.week = index.week
        self.options = options
        let tables = WorkerTables(index: index, includeIntermediary: options.includeIntermediary)
        workerIDs = ds.workers.map(\.id)
        workers = tables.workers
        workerClass = tables.classes
        menu = ds.menu

        var visits: [Visit] = []
        var demands: [DemandInfo] = []
        var keys: [VisitKey] = []
        var demandIDs: [String] = []
        var demandMinutes: [Int] = []
        var demanded = 0
        var candStart: [Int32] = [0]
        var candWorkers: [Int32] = []
        var candItems: [Int32] = []
        var reasons: [UnmetReason?] = []
        let pinned = Dictionary(pins.map { ($0.visit, $0) }, uniquingKeysWith: { a, _ in a })
        let history = ReplanHistory(replan)
        var offers = OfferTable(index: index)
        let categoryCount = Category.allCases.count
        var hurried = false

        for demand in ds.demands {
            if !hurried && deadline.isExpired { hurried = true }
            guard let h = index.householdIndex[demand.householdID] else { continue }
            let dates = demand.visitDates(in: index.week, except: index.cancelled)
            if dates.isEmpty { continue }
            let household = ds.households[h]
            let demandIndex = Int32(demands.count)
            demandIDs.append(demand.id)
            demandMinutes.append(demand.minutes)
            let loc = Location(household.location)
            let weight = Int32(household.priorityGroup.weight)
            let preferred = demand.preferredWorkerID.flatMap { index.workerIndex[$0] }.map(Int32.init) ?? -1
            let prev = previous[demand.id].flatMap { index.workerIndex[$0] }.map(Int32.init) ?? -1
            let points = index.reachingPoints[h]
            let category = Category.allCases.firstIndex(of: demand.category)!

            var dayVisits: [Visit] = []
            var offered: [Bool] = [], affordable: [Bool] = [], qualified: [Bool] = []
            var itemsByDay: [[Int: [(level: Int, row: Int32)]]] = []
            for date in dates {
                var visit = Visit(
                    demand: demandIndex, day: Int32(date.days(since: index.week.monday)), location: loc, household: Int32(h),
                    windowStart: Int32(demand.windowStart.minutes), windowEnd: Int32(demand.windowEnd.minutes),
                    minutes: Int32(demand.minutes), weight: weight, preferred: preferred, previous: prev, pinnedWorker: -1
                )
                if let kept = history.previous[VisitKey(demandID: demand.id, date: date)] {
                    visit.keptWorker = index.workerIndex[kept.workerID].map(Int32.init) ?? -1
                    visit.keptStart = Int32(kept.start.minutes)
                }
                if let pin = pinned[VisitKey(demandID: demand.id, date: date)] {
                    visit.pinnedWorker = index.workerIndex[pin.workerID].map(Int32.init) ?? -1
                    if let s = pin.start {
                        visit.windowStart = Int32(s.minutes)
                        visit.windowEnd = Int32(s.minutes + demand.minutes)
                    }
                }
                let o = offers.prepare(demand: demand, day: Int(visit.day), points: points)
                offered.append(o.offered)
                affordable.append(o.affordable)
                itemsByDay.append(o.items)
                qualified.append(false)
                dayVisits.append(visit)
            }
            var perVisit: [[(Int32, Int32)]] = Array(repeating: [], count: dayVisits.count)

            // Rules 1-9 once per (demand, worker); the date-dependent parts per visit.
            workers: for p in points {
                for w in tables.workersAtPoint[p] {
                    if hurried && perVisit.allSatisfy({ $0.count >= Self.hurriedCandidates }) { break workers }
                    if demand.category.isCare && !tables.enhanced[w] { continue }
                    let level = tables.levels[w * categoryCount + category]
                    var meters = -1.0
                    for (k, visit) in dayVisits.enumerated() {
                        let day = Int(visit.day)
                        guard tables.dayValid[w * 7 + day],
                              let row = itemsByDay[k][tables.enterprise[w]]?.first(where: { level >= $0.level })?.row
                        else { continue }
                        qualified[k] = true
                        if visit.pinnedWorker >= 0 && visit.pinnedWorker != Int32(w) { continue }
                        if meters < 0 { meters = tables.workers[w].home.distance(to: loc) }
                        guard Self.fitsAlone(visit, worker: tables.workers[w], meters: meters) else { continue }
                        perVisit[k].append((Int32(w), row))
                    }
                }
            }

            var info = DemandInfo(visits: [], weekly: demand.recurrence == .weekly)
            for (k, var visit) in dayVisits.enumerated() {
                perVisit[k].sort { $0.0 < $1.0 }
                var reason: UnmetReason? =
                    !offered[k] ? .noMenu : !affordable[k] ? .overBudget : !qualified[k] ? .noQualifiedWorker
                        : perVisit[k].isEmpty ? .noTime : nil
                demanded += Int(visit.value)
                if let held = history.held(VisitKey(demandID: demand.id, date: dates[k])) {
                    switch held {
                    case .row(let row):
                        let w = index.workerIndex[row.workerID].map(Int32.init) ?? -1
                        visit.frozen = true
                        visit.pinnedWorker = w
                        visit.windowStart = Int32(row.start.minutes)
                        visit.windowEnd = Int32(max(row.start.minutes, row.end.minutes))
                        visit.minutes = visit.windowEnd - visit.windowStart
                        perVisit[k] = w >= 0 ? [(w, Int32(-1))] : []
                        reason = nil
                    case .unmet(let old):
                        perVisit[k] = []
                        reason = old
                    }
                }
                dayVisits[k] = visit
                for (w, row) in perVisit[k] {
                    candWorkers.append(w)
                    candItems.append(row)
                }
                candStart.append(Int32(candWorkers.count))
                reasons.append(reason)
                info.visits.append(Int32(visits.count))
                visits.append(visit)
                keys.append(VisitKey(demandID: demand.id, date: dates[k]))
            }
            demands.append(info)
        }

        self.visits = visits
        self.demands = demands
        self.visitKeys = keys
        self.demandIDs = demandIDs
        self.demandMinutes = demandMinutes
        self.demandedWeightedMinutes = demanded
        self.candidateStart = candStart
        self.candidateWorkers = candWorkers
        self.candidateItems = candItems
        self.staticReason = reasons
        self.candidatesComplete = !hurried
        (slotVisitStart, slotVisits) = Self.invert(candStart: candStart, candWorkers: candWorkers, visits: visits, workerCount: workers.count)
    }

    /// Whether the worker's shift that day holds home → visit → home inside the window, and the week cap its minutes.
    static func fitsAlone(_ v: Visit, worker: WorkerInfo, meters: Double) -> Bool {
        let day = Int(v.day)
        let s = worker.shiftStart[day], e = worker.shiftEnd[day]
        guard s >= 0, v.minutes <= worker.weekCap else { return false }
        let t = travelMinutes(meters)
        let start = max(v.windowStart, s + t)
        return start + v.minutes <= v.windowEnd && start + v.minutes + t <= e
    }

    /// For each (worker, day) slot, the visits that have the worker as a candidate.
    static func invert(candStart: [Int32], candWorkers: [Int32], visits: [Visit], workerCount: Int) -> ([Int32], [Int32]) {
        var counts = [Int32](repeating: 0, count: workerCount * 7 + 1)
        for v in visits.indices {
            for k in Int(candStart[v])..<Int(candStart[v + 1]) { counts[Int(candWorkers[k]) * 7 + Int(visits[v].day) + 1] += 1 }
        }
        for i in 1..<counts.count { counts[i] += counts[i - 1] }
        var fill = counts
        var out = [Int32](repeating: 0, count: Int(counts.last!))
        for v in visits.indices {
            for k in Int(candStart[v])..<Int(candStart[v + 1]) {
                let slot = Int(candWorkers[k]) * 7 + Int(visits[v].day)
                out[Int(fill[slot])] = Int32(v)
                fill[slot] += 1
            }
        }
        return (counts, out)
    }
}
