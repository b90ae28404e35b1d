import LinliModel

/// Compiles demands into the visits of a ``Problem``: their candidate workers (rules 1-9 and the visit
/// fitting the worker's day alone), the menu item each candidate would use, and the static unmet reasons.
///
/// Each demand is compiled on its own, so runs of demands can be compiled apart and concatenated
/// (``Chunk/append(_:)``) with the same result as one run.
struct DemandCompiler: Sendable {
    let index: DistrictIndex
    let tables: WorkerTables
    let offers: OfferTable
    let pinned: [VisitKey: Pin]
    let previous: [String: String]
    /// A replan's replaced roster: visits before its date held, later ones with their old worker and start.
    let history: ReplanHistory

    /// Visits, candidates and reasons of consecutive demands, laid out as in ``Problem``.
    struct Chunk: Sendable {
        var visits: [Problem.Visit] = []
        var demands: [Problem.DemandInfo] = []
        var keys: [VisitKey] = []
        var demandIDs: [String] = []
        var demandMinutes: [Int] = []
        var demanded = 0
        var candStart: [Int32] = [0]
        var candWorkers: [Int32] = []
        var candItems: [Int32] = []
        var reasons: [UnmetReason?] = []
        /// Visits their last worker could serve (``Problem/relationshipPossible``).
        var relationshipPossible = 0
        /// Some demand was compiled after the deadline, with candidate lists cut short.
        var hurried = false

        /// Reserves room for appending `others`, so that concatenating many chunks copies each array once.
        mutating func reserveCapacity(appending others: [Chunk]) {
            func total<T>(_ rows: KeyPath<Chunk, [T]>) -> Int { others.reduce(self[keyPath: rows].count) { $0 + $1[keyPath: rows].count } }
            visits.reserveCapacity(total(\.visits))
            demands.reserveCapacity(total(\.demands))
            keys.reserveCapacity(total(\.keys))
            demandIDs.reserveCapacity(total(\.demandIDs))
            demandMinutes.reserveCapacity(total(\.demandMinutes))
            candStart.reserveCapacity(total(\.candStart))
            candWorkers.reserveCapacity(total(\.candWorkers))
            candItems.reserveCapacity(total(\.candItems))
            reasons.reserveCapacity(total(\.reasons))
        }

        /// Appends `other`, shifting its demand, visit and candidate indices past this chunk's.
        mutating func append(_ other: Chunk) {
            let demandOffset = Int32(demands.count), visitOffset = Int32(visits.count), candOffset = Int32(candWorkers.count)
            visits += other.visits.lazy.map { v in
                var v = v
                v.demand += demandOffset
                return v
            }
            demands += other.demands.lazy.map { d in
                var d = d
                for i in d.visits.indices { d.visits[i] += visitOffset }
                return d
            }
            keys += other.keys
            demandIDs += other.demandIDs
            demandMinutes += other.demandMinutes
            demanded += other.demanded
            candStart += other.candStart.dropFirst().lazy.map { $0 + candOffset }
            candWorkers += other.candWorkers
            candItems += other.candItems
            reasons += other.reasons
            relationshipPossible += other.relationshipPossible
            hurried = hurried || other.hurried
        }
    }

    /// Buffers reused from one demand to the next.
    struct Scratch {
        var offers: OfferTable.Scratch
        /// Per visit of the current demand, its candidates as `worker << 32 | menu row`, so sorting the
        /// numbers sorts by worker.
        var candidates: [[UInt64]] = Array(repeating: [], count: 7)

        init(enterpriseCount: Int) { offers = OfferTable.Scratch(enterpriseCount: enterpriseCount) }
    }

    /// Compiles the demands `range` of the dataset; once `deadline` has used ``Deadline/compileShare`` of the
    /// time, each later demand stops looking for workers as soon as every visit has `hurriedCandidates`
    /// candidates.
    /// - Complexity: O(Σ over the demands of workers within reach × visits + items in force within reach).
    func compile(_ range: Range<Int>, deadline: Deadline, hurriedCandidates: Int) -> Chunk {
        var out = Chunk()
        var scratch = Scratch(enterpriseCount: index.dataset.enterprises.count)
        for d in range {
            if !out.hurried && deadline.hasUsed(Deadline.compileShare) { out.hurried = true }
            compile(demand: d, into: &out, scratch: &scratch, hurriedCandidates: out.hurried ? hurriedCandidates : Int.max)
        }
        return out
    }

    /// Rules 1-9 once per (demand, worker) pair among the workers based at points within reach; the
    /// date-dependent parts (papers, shift, menu in force) per visit.
    private func compile(demand d: Int, into out: inout Chunk, scratch: inout Scratch, hurriedCandidates: Int) {
        let ds = index.dataset
        let demand = ds.demands[d]
        guard let h = index.householdIndex[demand.householdID] else { return }
        let dates = demand.visitDates(in: index.week, except: index.cancelled)
        guard !dates.isEmpty, let category = Category.allCases.firstIndex(of: demand.category) else { return }
        let household = ds.households[h]
        let demandIndex = Int32(out.demands.count)
        out.demandIDs.append(demand.id)
        out.demandMinutes.append(demand.minutes)
        let loc = Location(household.location)
        let weight = Int32(household.priorityGroup.weight)
        let preferred = demand.preferredWorkerID.flatMap { index.workerIndex[$0] }.map(Int32.init) ?? -1
        let lastWorker = demand.recurrence == .weekly && !previous.isEmpty ? previous[demand.id] : nil
        let prev = lastWorker.flatMap { index.workerIndex[$0] }.map(Int32.init) ?? -1
        let points = index.reachingPoints[h]
        let categoryCount = Category.allCases.count

        var dayVisits: [Problem.Visit] = []
        dayVisits.reserveCapacity(dates.count)
        for date in dates {
            var visit = Problem.Visit(
                demand: demandIndex, day: Int32(date.days(since: index.week.monday)), location: loc, household: Int32(h),
                windowStart: Int32(demand.windowStart.minutes), windowEnd: Int32(demand.windowEnd.minutes),
                minutes: Int32(demand.minutes), weight: weight, preferred: preferred, previous: prev, pinnedWorker: -1
            )
            if !history.previous.isEmpty, let kept = history.previous[VisitKey(demandID: demand.id, date: date)] {
                visit.keptWorker = index.workerIndex[kept.workerID].map(Int32.init) ?? -1
                visit.keptStart = Int32(kept.start.minutes)
            }
            if !pinned.isEmpty, let pin = pinned[VisitKey(demandID: demand.id, date: date)] {
                visit.pinnedWorker = index.workerIndex[pin.workerID].map(Int32.init) ?? -1
                if let s = pin.start {
                    visit.windowStart = Int32(s.minutes)
                    visit.windowEnd = Int32(s.minutes + demand.minutes)
                }
            }
            dayVisits.append(visit)
        }
        let visitCount = dayVisits.count
        let menu = offers.prepare(demand: demand, days: dayVisits.map { Int($0.day) }, points: points, scratch: &scratch.offers)
        defer { offers.release(menu, scratch: &scratch.offers) }

        let lastWorkerServes = prev < 0 ? [] : servesAlone(
            Int(prev), visits: dayVisits, demand: demand, category: category, points: points, offers: menu, slots: scratch.offers.slots)

        var qualified = [Bool](repeating: false, count: visitCount)
        var short = visitCount
        // Hurried, the scan also ends after ``hurriedScan`` workers once every visit has a candidate (its
        // reason is then settled): a visit few workers can serve does not make its demand scan them all.
        var bare = visitCount, scanned = 0
        for k in 0..<visitCount { scratch.candidates[k].removeAll(keepingCapacity: true) }
        // Hurried, each demand starts its scan at a point and a worker of its own, so that the few
        // candidates it keeps are not the same few workers as its neighbours'.
        let hurried = hurriedCandidates < Int.max
        let spread = hurried ? d &* 2_654_435_761 & Int(Int32.max) : 0
        workers: for i in points.indices where menu.minLevel < Int.max {
            let ranked = tables.rankedAtPoint[points[(i + spread) % points.count] * categoryCount + category]
            // Ranked by level, highest first: the workers below every item's skill level come last.
            let able = Self.countAble(ranked, minLevel: menu.minLevel)
            for j in 0..<able {
                let (w, level) = ranked[hurried ? (j + spread) % able : j]
                if short == 0 || (hurried && bare == 0 && scanned >= Self.hurriedScan) { break workers }
                scanned += 1
                if demand.category.isCare && !tables.enhanced[w] { continue }
                let slot = Int(scratch.offers.slots[tables.enterprise[w]])
                if slot < 0 { continue }
                var meters = -1.0
                for k in 0..<visitCount {
                    let visit = dayVisits[k]
                    guard tables.dayValid[w * 7 + Int(visit.day)], let row = menu.row(visit: k, slot: slot, level: level)
                    else { continue }
                    qualified[k] = true
                    if visit.pinnedWorker >= 0 && visit.pinnedWorker != Int32(w) { continue }
                    if meters < 0 { meters = tables.workers[w].home.distance(to: loc) }
                    guard Problem.fitsAlone(visit, worker: tables.workers[w], meters: meters) else { continue }
                    scratch.candidates[k].append(UInt64(w) << 32 | UInt64(UInt32(bitPattern: row)))
                    if scratch.candidates[k].count == 1 { bare -= 1 }
                    if scratch.candidates[k].count == hurriedCandidates { short -= 1 }
                }
            }
        }

        var info = Problem.DemandInfo(visits: [], weekly: demand.recurrence == .weekly)
        info.visits.reserveCapacity(visitCount)
        for (k, var visit) in dayVisits.enumerated() {
            scratch.candidates[k].sort()
            var reason: UnmetReason? =
                !menu.offered[k] ? .noMenu : !menu.affordable[k] ? .overBudget : !qualified[k] ? .noQualifiedWorker
                    : scratch.candidates[k].isEmpty ? .noTime : nil
            out.demanded += Int(visit.value)
            switch history.held(VisitKey(demandID: demand.id, date: dates[k])) {
            case .row(let row)?:
                if row.workerID == lastWorker { out.relationshipPossible += 1 }
                // History: the old row's worker and times, whatever today's data says.
                let w = index.workerIndex[row.workerID].map(Int32.init) ?? -1
                visit.frozen = true
                visit.pinnedWorker = w
                visit.windowStart = Int32(row.start.minutes)
                visit.windowEnd = Int32(max(row.start.minutes, row.end.minutes))
                visit.minutes = visit.windowEnd - visit.windowStart
                scratch.candidates[k] = w >= 0 ? [UInt64(w) << 32 | UInt64(UInt32.max)] : []
                reason = nil
            case .unmet(let old)?:
                scratch.candidates[k] = []
                reason = old
            case nil:
                if !lastWorkerServes.isEmpty && lastWorkerServes[k] { out.relationshipPossible += 1 }
            }
            for candidate in scratch.candidates[k] {
                out.candWorkers.append(Int32(truncatingIfNeeded: candidate >> 32))
                out.candItems.append(Int32(bitPattern: UInt32(truncatingIfNeeded: candidate)))
            }
            out.candStart.append(Int32(out.candWorkers.count))
            out.reasons.append(reason)
            info.visits.append(Int32(out.visits.count))
            out.visits.append(visit)
            out.keys.append(VisitKey(demandID: demand.id, date: dates[k]))
        }
        out.demands.append(info)
    }

    /// Workers a hurried demand examines at most once each of its visits has a candidate.
    static let hurriedScan = 24

    /// How many workers of `ranked` (highest level first) reach `minLevel`, by binary search.
    /// - Complexity: O(log n).
    static func countAble(_ ranked: [(worker: Int, level: Int)], minLevel: Int) -> Int {
        var lo = 0, hi = ranked.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranked[mid].level >= minLevel { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
