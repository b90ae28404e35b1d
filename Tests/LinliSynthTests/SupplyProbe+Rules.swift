import LinliModel

extension SupplyProbe {
    /// Rules 1-9.
    static func qualifies(_ w: Worker, _ e: Enterprise, _ p: ServicePoint, _ menu: [MenuItem], _ v: Visit) -> Bool {
        let c = v.demand.category, day = v.date
        guard w.employment == .employee, w.credit != .dishonest, e.credit != .dishonest,
              let cert = w.certificateUntil, cert >= day,
              (0...364).contains(day.days(since: w.healthCheckedOn)), !c.isCare || w.healthScope == .enhanced,
              (0...729).contains(day.days(since: w.trainedOn)),
              p.enterpriseIDs.contains(e.id), p.reaches(v.household.location) else { return false }
        return menu.inForce(on: day).contains { i in
            i.category == c && i.mode.admits(v.demand.mode) && v.demand.minutes >= i.minMinutes
                && w.level(in: c) >= i.skillLevel && v.demand.maxPrice.map { i.price(forMinutes: v.demand.minutes) <= $0 } ?? true
        }
    }

    /// The first of no_menu, over_budget, no_qualified_worker, no_time that applies to an unservable visit.
    static func reason(_ v: Visit, _ d: Dataset, points: [String: ServicePoint], enterprises: [String: Enterprise], menus: [String: [MenuItem]]) -> UnmetReason {
        let offers = d.servicePoints.filter { $0.reaches(v.household.location) }.flatMap(\.enterpriseIDs).flatMap { menus[$0] ?? [] }
            .inForce(on: v.date).filter { $0.category == v.demand.category && $0.mode.admits(v.demand.mode) && v.demand.minutes >= $0.minMinutes }
        if offers.isEmpty { return .noMenu }
        if let cap = v.demand.maxPrice, offers.allSatisfy({ $0.price(forMinutes: v.demand.minutes) > cap }) { return .overBudget }
        let qualified = d.workers.contains { w in
            Self.qualifies(w, enterprises[w.enterpriseID]!, points[w.pointID]!, menus[w.enterpriseID] ?? [], v)
        }
        return qualified ? .noTime : .noQualifiedWorker
    }

    struct Stop {
        var start: Int
        var end: Int
        var place: GeoPoint
    }

    /// The route with `v` inserted at its earliest feasible start without moving other stops, or nil (rules 10-11).
    static func insert(_ v: Visit, home: GeoPoint, shift: (start: TimeOfDay, end: TimeOfDay), into route: [Stop]) -> [Stop]? {
        let place = v.household.location, minutes = v.demand.minutes
        for i in 0...route.count {
            let prevEnd = i == 0 ? shift.start.minutes : route[i - 1].end
            let prevPlace = i == 0 ? home : route[i - 1].place
            let start = max(v.demand.windowStart.minutes, prevEnd + prevPlace.travelMinutes(to: place))
            let end = start + minutes
            guard end <= v.demand.windowEnd.minutes else { continue }
            let nextOK = i == route.count
                ? end + place.travelMinutes(to: home) <= shift.end.minutes
                : end + place.travelMinutes(to: route[i].place) <= route[i].start
            if nextOK {
                var r = route
                r.insert(Stop(start: start, end: end, place: place), at: i)
                return r
            }
        }
        return nil
    }
}
