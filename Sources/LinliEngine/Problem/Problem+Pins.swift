import LinliModel

extension DistrictIndex {
    /// Checks that every pin can be kept: a visit of this week (rule 13), rules 1-9 for its worker, its
    /// start inside the window (rule 10), and the pinned visits of each worker-day forming one route inside
    /// the shift (rule 11) within the week cap (rule 12).
    /// - Throws: the first pin that cannot be kept, with the rule it breaks.
    func validate(pins: [Pin], includeIntermediary: Bool) throws(PinError) {
        var byWorkerDay: [Int: [(Pin, Int)]] = [:]
        var minutesByWorker: [Int: Int] = [:]
        var seen = Set<VisitKey>()
        for pin in pins {
            func fail(_ rule: Int, _ message: String) -> PinError { PinError(pin: pin, rule: rule, message: message) }
            guard seen.insert(pin.visit).inserted else { throw fail(13, "the visit is pinned twice") }
            guard let d = demandIndex[pin.demandID], week.contains(pin.date),
                  dataset.demands[d].visitDates(in: week, except: cancelled).contains(pin.date)
            else { throw fail(13, "demand \(pin.demandID) has no visit on \(pin.date) in \(week)") }
            guard let w = workerIndex[pin.workerID] else { throw fail(13, "there is no worker \(pin.workerID)") }
            let day = pin.date.days(since: week.monday)
            if case .failure(let f) = eligibility(demand: d, worker: w, day: day, includeIntermediary: includeIntermediary) {
                throw fail(f.rule, f.message)
            }
            let demand = dataset.demands[d]
            if let s = pin.start, s < demand.windowStart || s.minutes + demand.minutes > demand.windowEnd.minutes {
                throw fail(10, "start \(s) does not fit \(demand.minutes) min inside the window \(demand.windowStart)-\(demand.windowEnd)")
            }
            guard shifts[w][day] != nil else { throw fail(11, "\(pin.date) is a rest day for worker \(pin.workerID)") }
            minutesByWorker[w, default: 0] += demand.minutes
            if minutesByWorker[w]! > dataset.workers[w].maxWeekMinutes {
                throw fail(12, "pinned minutes exceed worker \(pin.workerID)'s week cap of \(dataset.workers[w].maxWeekMinutes)")
            }
            byWorkerDay[w * 7 + day, default: []].append((pin, d))
        }
        let problem = Problem(index: self, options: RunOptions(includeIntermediary: includeIntermediary), pins: pins, previous: [:])
        let tables = SearchTables(problem)
        var routes: [Int: Route] = [:]
        for v in problem.visits.indices where problem.visits[v].pinnedWorker >= 0 {
            let w = Int(problem.visits[v].pinnedWorker), day = Int(problem.visits[v].day)
            let route = routes[w * 7 + day] ?? Route()
            guard problem.staticReason[v] == nil,
                  let (p, _) = route.bestPosition(of: v, problem: tables, worker: w, day: day)
            else {
                let key = problem.visitKeys[v]
                let pin = pins.first { $0.visit == key }!
                throw PinError(pin: pin, rule: 11, message: "the shift of \(pin.date) cannot hold this visit with travel from home and the worker's other pinned visits")
            }
            route.visits.insert(Int32(v), at: p)
            route.refresh(problem: tables, worker: w, day: day)
            routes[w * 7 + day] = route
        }
    }
}
