import LinliModel

/// Why a worker may not serve a visit: the first of rules 1-9 and 14 that fails.
public struct RuleFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// Rule number of Docs/Rules.md.
    public var rule: Int
    public var message: String

    public var description: String { "rule \(rule): \(message)" }
}

extension DistrictIndex {
    /// Rules 1-9 and then 14 of Docs/Rules.md for one visit (demand `d` on weekday index `day`) and worker `w`.
    ///
    /// Returns the cheapest admissible menu item (ties broken by item code), or the first rule that fails.
    /// - Complexity: O(items of the worker's enterprise in force that day).
    func eligibility(demand d: Int, worker w: Int, day: Int, includeIntermediary: Bool) -> Result<MenuItem, RuleFailure> {
        let demand = dataset.demands[d]
        let worker = dataset.workers[w]
        let date = days[day]
        func fail(_ rule: Int, _ message: String) -> Result<MenuItem, RuleFailure> {
            .failure(RuleFailure(rule: rule, message: message))
        }
        if !includeIntermediary && worker.employment != .employee {
            return fail(1, "worker \(worker.id) is not employee-system (员工制)")
        }
        let e = enterpriseIndex[worker.enterpriseID]
        if worker.credit == .dishonest { return fail(2, "worker \(worker.id) is on the dishonest list") }
        if let e, dataset.enterprises[e].credit == .dishonest {
            return fail(2, "enterprise \(worker.enterpriseID) is on the dishonest list")
        }
        guard let until = worker.certificateUntil, until >= date else {
            return fail(3, "worker \(worker.id) has no home-visit certificate valid on \(date)")
        }
        if !worker.hasCurrentHealthCheck(on: date) {
            return fail(4, "worker \(worker.id)'s health check of \(worker.healthCheckedOn) is not valid on \(date)")
        }
        if demand.category.isCare && worker.healthScope != .enhanced {
            return fail(4, "care work needs an enhanced health check; worker \(worker.id) has \(worker.healthScope.rawValue)")
        }
        if !worker.hasCurrentTraining(on: date) {
            return fail(5, "worker \(worker.id)'s training of \(worker.trainedOn) is older than two years on \(date)")
        }
        let level = worker.level(in: demand.category)
        guard let e else { return fail(7, "worker \(worker.id)'s employer \(worker.enterpriseID) is unknown") }
        let offered = menuInForce[e][day].filter {
            $0.category == demand.category && $0.mode.admits(demand.mode) && demand.minutes >= $0.minMinutes
        }
        let skilled = offered.filter { level >= $0.skillLevel }
        if skilled.isEmpty {
            if offered.isEmpty {
                return fail(7, "enterprise \(worker.enterpriseID) offers no \(demand.category.rawValue) item in \(demand.mode.rawValue) mode for \(demand.minutes) min on \(date)")
            }
            return fail(6, "worker \(worker.id) has \(demand.category.rawValue) level \(level), below every item's skill level")
        }
        var best: MenuItem?
        for item in skilled {
            let price = item.price(forMinutes: demand.minutes)
            if let max = demand.maxPrice, price > max { continue }
            if let b = best, (b.price(forMinutes: demand.minutes), b.itemCode) <= (price, item.itemCode) { continue }
            best = item
        }
        guard let best else {
            return fail(8, "every item worker \(worker.id) could use costs more than the household's max price \(demand.maxPrice!)")
        }
        guard let h = householdIndex[demand.householdID], let p = pointIndex[worker.pointID] else {
            return fail(9, "worker \(worker.id)'s base point or the household is unknown")
        }
        if !reachingPoints[h].contains(p) {
            return fail(9, "household \(demand.householdID) is outside the radius of worker \(worker.id)'s point \(worker.pointID)")
        }
        if !pointEnterprises[p].contains(e) {
            return fail(9, "enterprise \(worker.enterpriseID) does not operate from point \(worker.pointID)")
        }
        if absent[w][day] { return fail(14, "worker \(worker.id) is absent on \(date)") }
        return .success(best)
    }
}
