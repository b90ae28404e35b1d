import LinliModel

/// The stable-relationship figures of Docs/Rules.md recounted from the rows of the week before, as the
/// run stored them, and the raw data: each weekly demand's last worker, the visits it serves, and the
/// visits it could have served.
struct RelationshipAudit: Sendable {
    let index: CheckIndex
    /// Demand id → the worker of the demand's latest-dated row last week, for demands weekly in today's data.
    let lastWorker: [String: String]

    /// - Parameter lastWeek: the rows of the run of the week before that the checked run read.
    /// - Complexity: O(rows of last week).
    init(index: CheckIndex, lastWeek: [Assignment]) {
        self.index = index
        var latest: [String: Assignment] = [:]
        for row in lastWeek where index.demands[row.demandID]?.recurrence == .weekly {
            guard let held = latest[row.demandID] else {
                latest[row.demandID] = row
                continue
            }
            // Latest date, then latest start, then the smallest worker id (a roster holds one row per visit).
            if (row.date.ordinal, row.start.minutes, held.workerID) > (held.date.ordinal, held.start.minutes, row.workerID) {
                latest[row.demandID] = row
            }
        }
        lastWorker = latest.mapValues(\.workerID)
    }

    /// Admitted rows served by their demand's last worker, frozen rows included.
    /// - Complexity: O(rows).
    func visits(in roster: CheckedRoster) -> Int {
        roster.rows.count { lastWorker[$0.demand.id] == $0.worker.id }
    }

    /// Visits of weekly demands whose last worker could serve them (``couldServeAlone(_:_:on:)``); a visit
    /// dated before `frozenBefore` (a replan's history) counts instead when `rows` give it to that worker.
    /// - Complexity: O(visits of demands with a last worker + rows).
    func possible(rows: [Assignment], frozenBefore: Day?) -> Int {
        let history = Dictionary(rows.map { ($0.visit, $0.workerID) }, uniquingKeysWith: { a, _ in a })
        var count = 0
        for demand in index.demandList {
            guard let workerID = lastWorker[demand.id] else { continue }
            let worker = index.workers[workerID]
            for day in index.visitDates(of: demand) {
                if let from = frozenBefore, day < from {
                    if history[VisitKey(demandID: demand.id, date: day)] == workerID { count += 1 }
                } else if let worker, couldServeAlone(worker, demand, on: day) {
                    count += 1
                }
            }
        }
        return count
    }

    /// Whether `worker` passes rules 1-9 and 14 for the visit of `demand` on `day` and could serve it with
    /// nothing else to do that day, as the `no_time` reason judges it.
    func couldServeAlone(_ worker: Worker, _ demand: Demand, on day: Day) -> Bool {
        guard let household = index.households[demand.householdID],
              let point = index.pointsInReach[household.id]?.first(where: { $0.id == worker.pointID }),
              NearbyRule.operates(worker.enterpriseID, from: point),
              let enterprise = index.enterprises[worker.enterpriseID], CreditRule.admits(worker, enterprise),
              ReasonOracle(index: index).qualifies(worker, demand, day),
              index.itemsInForce(of: enterprise.id, on: day).contains(where: {
                  MenuRule.offers($0, demand) && PriceRule.withinBudget($0, demand) && SkillRule.admits(worker, demand.category, $0)
              }),
              let shift = index.shift(of: worker, on: day)
        else { return false }
        return WeekCapRule.admits(minutes: demand.minutes, worker)
            && ShiftAndRouteRule.canServeAlone(demand, at: household, from: worker.home, in: shift)
    }
}
