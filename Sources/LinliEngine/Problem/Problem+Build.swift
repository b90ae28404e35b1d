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
    /// - Parameters:
    ///   - previous: last week's worker per demand id, for continuity (相对稳定的服务关系).
    /// - Complexity: O(H·P + D·W_near·I) for H households, P points, D demands, W_near workers within reach, I items.
    ///   - pins: visits fixed to a worker (and maybe a start); validate them with ``validatePins(_:)``.
    /// - Throws: ``PinError`` naming the rule an impossible pin breaks.
    public init(dataset: Dataset, week: ISOWeek, options: RunOptions, pins: [Pin] = [], previous: [String: String] = [:]) throws(PinError) {
        let index = DistrictIndex(dataset: dataset, week: week)
        if !pins.isEmpty { try index.validate(pins: pins, includeIntermediary: options.includeIntermediary) }
        self.init(index: index, options: options, pins: pins, previous: previous)
    }

    init(index: DistrictIndex, options: RunOptions, pins: [Pin], previous: [String: String]) {
        let ds = index.dataset
        self.week = index.week
        self.options = options

        // Workers.
        workerIDs = ds.workers.map(\.id)
        workers = index.shifts.enumerated().map { w, windows in
            WorkerInfo(
                home: Location(ds.workers[w].home),
                shiftStart: windows.map { $0.map { Int32($0.start.minutes) } ?? -1 },
                shiftEnd: windows.map { $0.map { Int32($0.end.minutes) } ?? -1 },
                weekCap: Int32(clamping: ds.workers[w].maxWeekMinutes)
            )
        }
        // Per worker and day: rules 3, 4 (date part) and 5; `enhanced` for care separately.
        let dayValid: [[Bool]] = ds.workers.map { w in
            index.days.map { date in
                let h = date.days(since: w.healthCheckedOn), t = date.days(since: w.trainedOn)
                return (w.certificateUntil.map { $0 >= date } ?? false) && h >= 0 && h <= 364 && t >= 0 && t <= 729
            }
        }
        // Workers structurally able to serve from their point (rules 1, 2 and the point half of rule 9).
        var workersAtPoint = Array(repeating: [Int](), count: ds.servicePoints.count)
        for (w, worker) in ds.workers.enumerated() {
            guard options.includeIntermediary || worker.employment == .employee, worker.credit != .dishonest,
                  let e = index.enterpriseIndex[worker.enterpriseID], ds.enterprises[e].credit != .dishonest,
                  let p = index.pointIndex[worker.pointID], index.pointEnterprises[p].contains(e)
            else { continue }
            workersAtPoint[p].append(w)
        }

        // Demands and visits, in dataset order (the store loads them sorted by id).
        var visits: [Visit] = []
        var demands: [DemandInfo] = []
        var keys: [VisitKey] = []
        var demandIDs: [String] = []
        var demanded = 0
        var candStart: [Int32] = [0]
        var candWorkers: [Int32] = []
        var candItems: [Int32] = []
        var reasons: [UnmetReason?] = []
        var items: [ItemChoice] = []
        var itemIndex: [ItemChoice: Int32] = [:]
        let pinned = Dictionary(pins.map { ($0.visit, $0) }, uniquingKeysWith: { a, _ in a })

        for demand in ds.demands {
            guard let h = index.householdIndex[demand.householdID] else { continue }
            let household = ds.households[h]
            let dates = demand.visitDates(in: index.week)
            if dates.isEmpty { continue }
            let demandIndex = Int32(demands.count)
            demandIDs.append(demand.id)
            var info = DemandInfo(visits: [], weekly: demand.recurrence == .weekly)
            let loc = Location(household.location)
            let weight = Int32(household.priorityGroup.weight)
            let preferred = demand.preferredWorkerID.flatMap { index.workerIndex[$0] }.map(Int32.init) ?? -1
            let prev = previous[demand.id].flatMap { index.workerIndex[$0] }.map(Int32.init) ?? -1
            let points = index.reachingPoints[h]

            for date in dates {
                let day = date.days(since: index.week.monday)
                let key = VisitKey(demandID: demand.id, date: date)
                var visit = Visit(
                    demand: demandIndex, day: Int32(day), location: loc, household: Int32(h),
                    windowStart: Int32(demand.windowStart.minutes), windowEnd: Int32(demand.windowEnd.minutes),
                    minutes: Int32(demand.minutes), weight: weight, preferred: preferred, previous: prev, pinnedWorker: -1
                )
                if let pin = pinned[key] {
                    visit.pinnedWorker = index.workerIndex[pin.workerID].map(Int32.init) ?? -1
                    if let s = pin.start {
                        visit.windowStart = Int32(s.minutes)
                        visit.windowEnd = Int32(s.minutes + demand.minutes)
                    }
                }
                demanded += Int(visit.value)

                // Offers within reach (any credit): no_menu / over_budget.
                var offered = false, affordable = false
                for p in points {
                    for e in index.pointEnterprises[p] {
                        for item in index.menuInForce[e][day]
                        where item.category == demand.category && item.mode.admits(demand.mode) && demand.minutes >= item.minMinutes {
                            offered = true
                            if demand.maxPrice.map({ item.price(forMinutes: demand.minutes) <= $0 }) ?? true { affordable = true }
                        }
                    }
                }

                // Qualified workers (rules 1-9) and those who could serve it alone (rules 10-12).
                var qualified = 0
                for p in points {
                    for w in workersAtPoint[p] {
                        guard dayValid[w][day] else { continue }
                        let worker = ds.workers[w]
                        if demand.category.isCare && worker.healthScope != .enhanced { continue }
                        guard let choice = Self.cheapestItem(index: index, demand: demand, worker: worker, day: day) else { continue }
                        qualified += 1
                        guard Self.fitsAlone(visit, worker: workers[w]) else { continue }
                        if visit.pinnedWorker >= 0 && visit.pinnedWorker != Int32(w) { continue }
                        let item: Int32
                        if let i = itemIndex[choice] { item = i } else {
                            item = Int32(items.count)
                            items.append(choice)
                            itemIndex[choice] = item
                        }
                        candWorkers.append(Int32(w))
                        candItems.append(item)
                    }
                }
                let from = Int(candStart.last!)
                Self.sortCandidates(&candWorkers, &candItems, from: from)
                candStart.append(Int32(candWorkers.count))
                let hasCandidate = candWorkers.count > from
                reasons.append(
                    !offered ? .noMenu : !affordable ? .overBudget : qualified == 0 ? .noQualifiedWorker
                        : !hasCandidate ? .noTime : nil
                )
                info.visits.append(Int32(visits.count))
                visits.append(visit)
                keys.append(key)
            }
            demands.append(info)
        }

        self.visits = visits
        self.demands = demands
        self.visitKeys = keys
        self.demandIDs = demandIDs
        self.demandedWeightedMinutes = demanded
        self.candidateStart = candStart
        self.candidateWorkers = candWorkers
        self.candidateItems = candItems
        self.items = items
        self.staticReason = reasons
        (slotVisitStart, slotVisits) = Self.invert(candStart: candStart, candWorkers: candWorkers, visits: visits, workerCount: workers.count)
    }

    /// The cheapest item of the worker's enterprise in force that day admitting this demand at the worker's level and within budget (rules 6-8).
    static func cheapestItem(index: DistrictIndex, demand: Demand, worker: Worker, day: Int) -> ItemChoice? {
        guard let e = index.enterpriseIndex[worker.enterpriseID] else { return nil }
        let level = worker.level(in: demand.category)
        var best: ItemChoice?
        for item in index.menuInForce[e][day]
        where item.category == demand.category && item.mode.admits(demand.mode) && demand.minutes >= item.minMinutes
            && level >= item.skillLevel {
            let price = item.price(forMinutes: demand.minutes)
            if let max = demand.maxPrice, price > max { continue }
            if let b = best, (b.price, b.itemCode) <= (price, item.itemCode) { continue }
            best = ItemChoice(enterpriseID: item.enterpriseID, itemCode: item.itemCode, price: price)
        }
        return best
    }

    /// Whether the worker's shift that day holds home → visit → home inside the window, and the week cap its minutes.
    static func fitsAlone(_ v: Visit, worker: WorkerInfo) -> Bool {
        let day = Int(v.day)
        let s = worker.shiftStart[day], e = worker.shiftEnd[day]
        guard s >= 0, v.minutes <= worker.weekCap else { return false }
        let t = travelMinutes(worker.home.distance(to: v.location))
        let start = max(v.windowStart, s + t)
        return start + v.minutes <= v.windowEnd && start + v.minutes + t <= e
    }

    static func sortCandidates(_ workers: inout [Int32], _ items: inout [Int32], from: Int) {
        guard workers.count - from > 1 else { return }
        let pairs = zip(workers[from...], items[from...]).sorted { $0.0 < $1.0 }
        for (k, pair) in pairs.enumerated() {
            workers[from + k] = pair.0
            items[from + k] = pair.1
        }
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
