import LinliModel

/// The first reason code of rules.md that applies to an unmet visit, from the raw data alone.
///
/// Only points within reach of the household are looked at, and only the workers based there,
/// so a visit costs O(points in reach × (their items + their workers)).
struct ReasonOracle: Sendable {
    let index: CheckIndex

    /// The reason for the visit of `demand` on `day`; nil when that is not a visit of the week.
    func reason(for demand: Demand, on day: Day) -> UnmetReason? {
        guard let household = index.households[demand.householdID], index.isVisit(of: demand, on: day) else { return nil }
        let points = index.pointsInReach[household.id] ?? []
        var offered = false, affordable = false
        var seen = Set<String>()
        for point in points {
            for e in point.enterpriseIDs where seen.insert(e).inserted {
                for item in index.itemsInForce(of: e, on: day) where MenuRule.offers(item, demand) {
                    offered = true
                    affordable = affordable || PriceRule.withinBudget(item, demand)
                }
            }
        }
        if !offered { return .noMenu }
        if !affordable { return .overBudget }

        var usable: [String: [MenuItem]] = [:]
        var qualified = false
        for point in points {
            for worker in index.workersAtPoint[point.id] ?? [] where NearbyRule.operates(worker.enterpriseID, from: point) {
                let items = usable[worker.enterpriseID] ?? index.itemsInForce(of: worker.enterpriseID, on: day).filter {
                    MenuRule.offers($0, demand) && PriceRule.withinBudget($0, demand)
                }
                usable[worker.enterpriseID] = items
                guard qualifies(worker, demand, day, items) else { continue }
                qualified = true
                if let shift = index.shift(of: worker, on: day),
                   WeekCapRule.admits(minutes: demand.minutes, worker),
                   ShiftAndRouteRule.canServeAlone(demand, at: household, from: worker.home, in: shift) {
                    return .outcompeted
                }
            }
        }
        return qualified ? .noTime : .noQualifiedWorker
    }

    /// Rules 1-8 for `worker` with some item of `items` (its employer's offers in force, within budget);
    /// rule 9 is the caller's, which only asks workers based at points within reach that their employer operates from.
    private func qualifies(_ worker: Worker, _ demand: Demand, _ day: Day, _ items: [MenuItem]) -> Bool {
        guard let employer = index.enterprises[worker.enterpriseID] else { return false }
        return EmployeeSystemRule.admits(worker, includeIntermediary: index.includeIntermediary)
            && CreditRule.admits(worker, employer)
            && CertificateRule.admits(worker, on: day)
            && HealthRule.admits(worker, demand.category, on: day)
            && TrainingRule.admits(worker, on: day)
            && items.contains { SkillRule.admits(worker, demand.category, $0) }
    }
}
