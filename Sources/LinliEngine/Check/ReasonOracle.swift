import LinliModel

/// The first reason code of Docs/Rules.md that applies to an unmet visit, from the raw data alone.
///
/// Only points within reach of the household are looked at, and only the workers based there,
/// so a visit costs O(points in reach × (their items + their workers)).
struct ReasonOracle: Sendable {
    let index: CheckIndex

    /// An enterprise operating from a point within reach, with its items in force that offer the visit.
    private struct Offer {
        let enterprise: Enterprise
        let items: [MenuItem]
    }

    /// The reason for the visit of `demand` on `day`; nil when that is not a visit of the week.
    func reason(for demand: Demand, on day: Day) -> UnmetReason? {
        guard let household = index.households[demand.householdID], index.isVisit(of: demand, on: day) else { return nil }
        let points = index.pointsInReach[household.id] ?? []
        var offers: [Offer] = []
        for point in points {
            for id in point.enterpriseIDs where !offers.contains(where: { $0.enterprise.id == id }) {
                guard let enterprise = index.enterprises[id] else { continue }
                offers.append(Offer(enterprise: enterprise, items: index.itemsInForce(of: id, on: day).filter { MenuRule.offers($0, demand) }))
            }
        }
        if offers.allSatisfy({ $0.items.isEmpty }) { return .noMenu }
        offers = offers.map { Offer(enterprise: $0.enterprise, items: $0.items.filter { PriceRule.withinBudget($0, demand) }) }
        if offers.allSatisfy({ $0.items.isEmpty }) { return .overBudget }

        var qualified = false
        for point in points {
            let local = offers.filter { !$0.items.isEmpty && NearbyRule.operates($0.enterprise.id, from: point) }
            guard !local.isEmpty else { continue }
            for worker in index.workersAtPoint[point.id] ?? [] where qualifies(worker, demand, day) {
                guard let offer = local.first(where: { $0.enterprise.id == worker.enterpriseID }),
                      CreditRule.admits(worker, offer.enterprise),
                      offer.items.contains(where: { SkillRule.admits(worker, demand.category, $0) })
                else { continue }
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

    /// Rules 1, 3, 4, 5 and 14, which concern the worker alone; the caller adds 2 and 6-9 with its employer's offers.
    func qualifies(_ worker: Worker, _ demand: Demand, _ day: Day) -> Bool {
        EmployeeSystemRule.admits(worker, includeIntermediary: index.includeIntermediary)
            && AbsenceRule.admits(worker, on: day, in: index)
            && CertificateRule.admits(worker, on: day)
            && HealthRule.admits(worker, demand.category, on: day)
            && TrainingRule.admits(worker, on: day)
    }
}
