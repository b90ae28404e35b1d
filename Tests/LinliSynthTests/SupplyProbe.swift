import LinliModel

/// A rough measure of how tight a district's supply is in one week, independent of the engine.
///
/// Applies rules 1-12 of Docs/Rules.md (intermediaries excluded) with a simple greedy insertion: the
/// most constrained visits first, each to the least-loaded candidate whose route that day can take
/// it without moving the visits already placed. The greedy fill is a lower bound of what an ideal
/// roster reaches; `servableShare` (visits some worker could serve alone) is an upper bound.
struct SupplyProbe {
    struct Visit {
        var demand: Demand
        var household: Household
        var date: Day
        var weight: Int
    }

    private(set) var greedyFill = 0.0
    private(set) var servableShare = 0.0
    private(set) var visits = 0
    /// Weighted minutes of unservable visits by the first reason of Docs/Rules.md that applies (`no_time` and worse).
    private(set) var lost: [UnmetReason: Int] = [:]

    /// - Complexity: O(visits × workers × visits per route).
    init(_ d: Dataset, week: ISOWeek) {
        let households = Dictionary(uniqueKeysWithValues: d.households.map { ($0.id, $0) })
        let enterprises = Dictionary(uniqueKeysWithValues: d.enterprises.map { ($0.id, $0) })
        let points = Dictionary(uniqueKeysWithValues: d.servicePoints.map { ($0.id, $0) })
        let patterns = Dictionary(uniqueKeysWithValues: d.shiftPatterns.map { ($0.id, $0) })
        let menus = Dictionary(grouping: d.menu, by: \.enterpriseID)
        func shift(_ w: Worker, _ day: Day) -> (start: TimeOfDay, end: TimeOfDay)? {
            patterns[w.shiftPatternID]?.windows(in: week, rotationOffset: w.rotationOffset)[day.weekday - 1]
        }
        var all: [Visit] = []
        for x in d.demands {
            let h = households[x.householdID]!
            for day in x.visitDates(in: week) { all.append(Visit(demand: x, household: h, date: day, weight: h.priorityGroup.weight)) }
        }
        visits = all.count

        // Candidates per visit: workers passing rules 1-9 who could serve it alone (rules 10-12).
        var candidates: [[Worker]] = []
        var demanded = 0, servable = 0
        for v in all {
            let wm = v.weight * v.demand.minutes
            demanded += wm
            let able = d.workers.filter { w in
                guard let point = points[w.pointID], let e = enterprises[w.enterpriseID], v.demand.minutes <= w.maxWeekMinutes,
                      let shift = shift(w, v.date) else { return false }
                return Self.qualifies(w, e, point, menus[e.id] ?? [], v) && Self.insert(v, home: w.home, shift: shift, into: []) != nil
            }
            candidates.append(able)
            if able.isEmpty { lost[Self.reason(v, d, points: points, enterprises: enterprises, menus: menus), default: 0] += wm } else { servable += wm }
        }
        // Most constrained visits first, heavier ones before lighter; each to the least-loaded candidate that can take it.
        let order = all.indices.sorted {
            (candidates[$0].count, -all[$0].weight * all[$0].demand.minutes, all[$0].demand.id, all[$0].date) <
                (candidates[$1].count, -all[$1].weight * all[$1].demand.minutes, all[$1].demand.id, all[$1].date)
        }
        var routes: [String: [Stop]] = [:]
        var used: [String: Int] = [:]
        var assigned = 0
        for i in order {
            let v = all[i]
            for w in candidates[i].sorted(by: { (used[$0.id] ?? 0, $0.id) < (used[$1.id] ?? 0, $1.id) })
            where used[w.id, default: 0] + v.demand.minutes <= w.maxWeekMinutes {
                let key = "\(w.id)|\(v.date)"
                if let route = Self.insert(v, home: w.home, shift: shift(w, v.date)!, into: routes[key] ?? []) {
                    routes[key] = route
                    used[w.id, default: 0] += v.demand.minutes
                    assigned += v.weight * v.demand.minutes
                    break
                }
            }
        }
        greedyFill = demanded == 0 ? 0 : Double(assigned) / Double(demanded)
        servableShare = demanded == 0 ? 0 : Double(servable) / Double(demanded)
    }
}
