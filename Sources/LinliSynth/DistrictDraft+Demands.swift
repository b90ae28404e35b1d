import LinliModel

extension DistrictDraft {
    /// Every household's demand list (1 demand each, the rest spread at random): mostly weekly on
    /// 1-3 weekdays, some once; slot windows exactly as long as the service, order windows 3-8 h
    /// wider; some with a price cap (a few too low for any offer) or a preferred nearby worker.
    ///
    /// - Complexity: O(demands + points × workers per point + preferred demands × points).
    mutating func collectDemands(using rng: inout some RandomNumberGenerator) {
        var perHousehold = Array(repeating: 1, count: households.count)
        for _ in households.count..<max(households.count, profile.demands) { perHousehold[rng.int(0...(households.count - 1))] += 1 }
        let general = CategoryMarket.all.map(\.demandWeight), elderly = CategoryMarket.all.map(\.elderlyWeight)
        let cheapest = CheapestOffers(menu: menu)
        let skilled = points.indices.map { p in
            Category.allCases.map { c in workersByPoint[p].filter { workers[$0].level(in: c) > 0 } }
        }
        var out: [Demand] = []
        out.reserveCapacity(profile.demands)
        for (h, household) in households.enumerated() {
            for _ in 0..<perHousehold[h] {
                let weights = household.priorityGroup == .elderlyAlone ? elderly : general
                let market = CategoryMarket.all[rng.weighted(weights)]
                var demand = draftDemand(id: Self.id("D", out.count + 1, width: 6), household: household.id, market: market, using: &rng)
                demand.maxPrice = Self.priceCap(market, minutes: demand.minutes, cheapest: cheapest, using: &rng)
                if rng.chance(0.1) { demand.preferredWorkerID = plausibleWorker(for: household, among: skilled, category: demand.category, using: &rng) }
                out.append(demand)
            }
        }
        demands = out
    }

    private func draftDemand(id: String, household: String, market: CategoryMarket, using rng: inout some RandomNumberGenerator) -> Demand {
        let minutes = market.drawMinutes(using: &rng)
        let mode: ServiceMode = rng.chance(0.5) ? .slot : .order
        // Mostly 08:30-18:30, inside the day shifts with room to travel; one in ten reaches out to 07:00 or 20:00.
        let (open, close) = rng.chance(0.9) ? (510, 1_110) : (420, 1_200)
        let start: Int, end: Int
        switch mode {
        case .slot:
            start = rng.step(open...(close - minutes), by: 30)
            end = start + minutes
        case .order:
            let width = minutes + rng.step(180...480, by: 30)
            start = rng.step(open...max(open, close - width), by: 30)
            end = start + width
        }
        var demand = Demand(
            id: id, householdID: household, category: market.category, mode: mode, minutes: minutes, recurrence: .weekly,
            windowStart: TimeOfDay(minutes: start), windowEnd: TimeOfDay(minutes: end)
        )
        if rng.chance(0.8) {
            demand.weekdays = Self.drawWeekdays(using: &rng)
            if rng.chance(0.15) { (demand.activeFrom, demand.activeUntil) = activeRange(using: &rng) }
        } else {
            demand.recurrence = .once
            demand.date = rng.chance(0.85)
                ? monday.adding(days: rng.weighted(Self.weekdayWeights))
                : monday.adding(days: rng.chance(0.5) ? -rng.int(1...14) : rng.int(7...20))
        }
        return demand
    }

    /// For about a quarter of demands, a cap in whole yuan: mostly at or above the market's top
    /// price, for 1% below 60% of the cheapest offer anywhere (surely over budget).
    private static func priceCap(_ market: CategoryMarket, minutes: Int, cheapest: CheapestOffers, using rng: inout some RandomNumberGenerator) -> Fen? {
        let u = rng.unit()
        if u < 0.01 { return Fen(cheapest.price(market.category, minutes: minutes).value * 6 / 1_000 * 100) }
        if u < 0.25 { return Fen(Int(market.hourlyYuan.upperBound * Double(minutes) / 60 * rng.uniform(1, 1.5)) * 100) }
        return nil
    }

    /// Weekends are asked for less often.
    private static let weekdayWeights = [1, 1, 1, 1, 1, 0.4, 0.25]

    /// 1-3 distinct weekdays, ascending.
    private static func drawWeekdays(using rng: inout some RandomNumberGenerator) -> [Int] {
        let count = 1 + rng.weighted([0.55, 0.3, 0.15])
        var weights = weekdayWeights, days: [Int] = []
        for _ in 0..<count {
            let d = rng.weighted(weights)
            weights[d] = 0
            days.append(d + 1)
        }
        return days.sorted()
    }

    /// A start or end mid-week, a bounded stretch around the week, one already over, or one not yet begun.
    private func activeRange(using rng: inout some RandomNumberGenerator) -> (Day?, Day?) {
        switch rng.weighted([0.25, 0.25, 0.3, 0.1, 0.1]) {
        case 0: (monday.adding(days: rng.int(1...4)), rng.chance(0.5) ? nil : monday.adding(days: rng.int(30...120)))
        case 1: (rng.chance(0.5) ? nil : monday.adding(days: -rng.int(7...60)), monday.adding(days: rng.int(0...4)))
        case 2: (monday.adding(days: -rng.int(7...60)), monday.adding(days: rng.int(7...90)))
        case 3: (monday.adding(days: -90), monday.adding(days: -rng.int(1...30)))
        default: (monday.adding(days: rng.int(7...30)), nil)
        }
    }

    /// A worker based at a point that reaches the household, skilled in the category (`skilled[point][category]`); nil when there is none.
    private func plausibleWorker(
        for household: Household, among skilled: [[[Int]]], category: Category, using rng: inout some RandomNumberGenerator
    ) -> String? {
        var candidates: [Int] = []
        for (p, point) in points.enumerated() where point.reaches(household.location) {
            candidates += skilled[p][category.ordinal]
        }
        return candidates.isEmpty ? nil : workers[rng.pick(candidates)].id
    }
}

/// The lowest price any menu item (any version) asks for a visit of a category, so a cap below it is surely over budget.
struct CheapestOffers {
    private var hourly: [Int]
    private var flat: [Int]

    init(menu: [MenuItem]) {
        hourly = Array(repeating: Int.max, count: Category.allCases.count)
        flat = hourly
        for item in menu {
            let c = item.category.ordinal
            switch item.unit {
            case .hour: hourly[c] = min(hourly[c], item.price.value)
            case .visit: flat[c] = min(flat[c], item.price.value)
            }
        }
    }

    /// The cheapest visit of `minutes`; a nominal 100 yuan for a category nobody offers.
    func price(_ category: Category, minutes: Int) -> Fen {
        let c = category.ordinal
        let byHour = hourly[c] == Int.max ? Int.max : (hourly[c] * minutes + 30) / 60
        let best = min(byHour, flat[c])
        return Fen(best == Int.max ? 10_000 : best)
    }
}
