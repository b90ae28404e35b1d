import LinliModel

/// Which visits of a demand its last worker could serve: the `relationship_possible` count of
/// Docs/Rules.md (stable relationships).
extension DemandCompiler {
    /// Per visit of `visits`, whether worker `w` passes rules 1-9 and 14 for it and could serve it alone
    /// (home → visit → home inside the demand's window and the day's shift, minutes within the week cap),
    /// as the `no_time` reason judges a worker. Pins are no rule: a visit pinned to another worker, or to a
    /// start, is judged on the demand's own window.
    /// - Complexity: O(visits + workers at the worker's point).
    func servesAlone(
        _ w: Int, visits: [Problem.Visit], demand: Demand, category: Int, points: [Int], offers: OfferTable.DemandOffers,
        slots: [Int32]
    ) -> [Bool] {
        let none = [Bool](repeating: false, count: visits.count)
        let categoryCount = Category.allCases.count
        // Rules 1, 2 and 9: ranked at its base point, which must be within reach of the household.
        guard let first = visits.first, let p = index.pointIndex[index.dataset.workers[w].pointID], points.contains(p),
              tables.rankedAtPoint[p * categoryCount + category].contains(where: { $0.worker == w }),
              !demand.category.isCare || tables.enhanced[w], tables.enterprise[w] >= 0
        else { return none }
        let slot = Int(slots[tables.enterprise[w]])
        guard slot >= 0 else { return none }
        let level = tables.levels[w * categoryCount + category]
        let worker = tables.workers[w]
        let meters = worker.home.distance(to: first.location)
        return visits.indices.map { k in
            var visit = visits[k]
            visit.windowStart = Int32(demand.windowStart.minutes)
            visit.windowEnd = Int32(demand.windowEnd.minutes)
            return tables.dayValid[w * 7 + Int(visit.day)] && offers.row(visit: k, slot: slot, level: level) != nil
                && Problem.fitsAlone(visit, worker: worker, meters: meters)
        }
    }
}
