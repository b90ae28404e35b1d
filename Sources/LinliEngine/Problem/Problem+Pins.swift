import LinliModel

extension Problem {
    /// Every pin of `pins` that no roster of `week` could keep, each with the rule it breaks, in the
    /// order of `pins` (route problems, found once the other checks pass, come last). In a `replan`, pins
    /// dated in the week before its day are history (the frozen rows decide those visits) and are not
    /// checked, and the frozen rows' minutes count toward the week cap of the others.
    /// - Complexity: that of compiling the week once, plus placing the pinned visits.
    public static func pinProblems(
        dataset: Dataset, week: ISOWeek, options: RunOptions, pins: [Pin], replan: ReplanBasis? = nil
    ) -> [PinError] {
        DistrictIndex(dataset: dataset, week: week)
            .problems(of: pins, includeIntermediary: options.includeIntermediary, replan: replan)
    }
}

extension DistrictIndex {
    /// Checks that every pin can be kept (see ``problems(of:includeIntermediary:replan:)``).
    /// - Throws: the first pin that cannot be kept, with the rule it breaks.
    func validate(pins: [Pin], includeIntermediary: Bool, replan: ReplanBasis? = nil) throws(PinError) {
        if let first = problems(of: pins, includeIntermediary: includeIntermediary, replan: replan).first { throw first }
    }

    /// The pins that cannot be kept: a visit of this week (rule 13), rules 1-9 for its worker, its start
    /// inside the window (rule 10), and the pinned visits of each worker-day forming one route inside the
    /// shift (rule 11) within the week cap (rule 12). In a `replan`, pins dated in this week before its day
    /// are history (the frozen rows decide those visits) and are not checked, while a pin of another week still
    /// is (rule 13); the frozen rows' minutes count toward the week cap. A pin is reported once, for the first
    /// rule it breaks; the routes are checked with the pins that pass the other rules.
    func problems(of pins: [Pin], includeIntermediary: Bool, replan: ReplanBasis? = nil) -> [PinError] {
        let pins = replan.map { basis in pins.filter { !(week.contains($0.date) && $0.date < basis.from) } } ?? pins
        guard !pins.isEmpty else { return [] }
        var problems: [PinError] = []
        var kept: [Pin] = []
        var minutesByWorker: [Int: Int] = [:]
        for row in replan?.frozenRows ?? [] {
            guard let w = workerIndex[row.workerID] else { continue }
            minutesByWorker[w, default: 0] += max(0, row.end.minutes - row.start.minutes)
        }
        let frozenMinutes = minutesByWorker
        var seen = Set<VisitKey>()
        let demandIndex = self.demandIndex
        for pin in pins {
            func fail(_ rule: Int, _ message: String) { problems.append(PinError(pin: pin, rule: rule, message: message)) }
            guard seen.insert(pin.visit).inserted else { fail(13, "the visit is pinned twice"); continue }
            guard let d = demandIndex[pin.demandID], week.contains(pin.date),
                  dataset.demands[d].visitDates(in: week, except: cancelled).contains(pin.date)
            else { fail(13, "demand \(pin.demandID) has no visit on \(pin.date) in \(week)"); continue }
            guard let w = workerIndex[pin.workerID] else { fail(13, "there is no worker \(pin.workerID)"); continue }
            let day = pin.date.days(since: week.monday)
            if case .failure(let f) = eligibility(demand: d, worker: w, day: day, includeIntermediary: includeIntermediary) {
                fail(f.rule, f.message)
                continue
            }
            let demand = dataset.demands[d]
            if let s = pin.start, s < demand.windowStart || s.minutes + demand.minutes > demand.windowEnd.minutes {
                fail(10, "start \(s) does not fit \(demand.minutes) min inside the window \(demand.windowStart)-\(demand.windowEnd)")
                continue
            }
            guard shifts[w][day] != nil else { fail(11, "\(pin.date) is a rest day for worker \(pin.workerID)"); continue }
            let minutes = minutesByWorker[w, default: 0] + demand.minutes
            if minutes > dataset.workers[w].maxWeekMinutes {
                let served = frozenMinutes[w, default: 0]
                let before = served > 0 ? " with the \(served) minutes served before the replan" : ""
                fail(12, "pinned minutes\(before) exceed worker \(pin.workerID)'s week cap of \(dataset.workers[w].maxWeekMinutes)")
                continue
            }
            minutesByWorker[w] = minutes
            kept.append(pin)
        }
        return problems + routeProblems(of: kept, includeIntermediary: includeIntermediary)
    }

    /// The pins whose visit does not fit in its worker's shift with travel and the worker's other pinned visits:
    /// a worker-day's pinned visits must have one order that keeps every window and the shift
    /// (``Route/sequence(_:problem:worker:day:limit:)``); when they have none, the pins are taken in order and
    /// each one that cannot join those before it is reported.
    private func routeProblems(of pins: [Pin], includeIntermediary: Bool) -> [PinError] {
        var problems: [PinError] = []
        let problem = Problem(index: self, options: RunOptions(includeIntermediary: includeIntermediary), pins: pins, previous: [:])
        let tables = SearchTables(problem)
        func report(_ v: Int) {
            let key = problem.visitKeys[v]
            if let pin = pins.first(where: { $0.visit == key }) {
                problems.append(PinError(
                    pin: pin, rule: 11,
                    message: "the shift of \(pin.date) cannot hold this visit with travel from home and the worker's other pinned visits"))
            }
        }
        for (slot, visits) in problem.pinnedVisitsBySlot() {
            let w = slot / 7, day = slot % 7
            var fitting: [Int] = []
            for v in visits where problem.staticReason[v] != nil { report(v) }
            let candidates = visits.filter { problem.staticReason[$0] == nil }
            if Route.sequence(candidates, problem: tables, worker: w, day: day) != nil { continue }
            for v in candidates {
                if Route.sequence(fitting + [v], problem: tables, worker: w, day: day) != nil { fitting.append(v) } else { report(v) }
            }
        }
        let order = Dictionary(pins.enumerated().map { ($1.visit, $0) }, uniquingKeysWith: { a, _ in a })
        return problems.sorted { (order[$0.pin.visit] ?? 0) < (order[$1.pin.visit] ?? 0) }
    }
}
