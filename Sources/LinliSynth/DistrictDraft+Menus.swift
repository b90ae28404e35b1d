import LinliModel

extension DistrictDraft {
    /// Each enterprise's published menu: per offered category an hourly item, sometimes a flat-priced
    /// package, at the enterprise's own price level; some items get a second version dated a few
    /// weeks around the default week, and a few items only start after it.
    ///
    /// - Complexity: O(enterprises × categories).
    mutating func publishMenus(using rng: inout some RandomNumberGenerator) {
        for (e, enterprise) in enterprises.enumerated() {
            let factor = rng.uniform(0.85, 1.2)
            for category in offered[e] {
                let market = CategoryMarket.of(category)
                let hourly = rng.uniform(market.hourlyYuan.lowerBound, market.hourlyYuan.upperBound) * factor
                var items = [hourItem(enterprise.id, market, yuan: hourly, using: &rng)]
                if rng.chance(0.3) { items.append(packageItem(enterprise.id, market, hourlyYuan: hourly, using: &rng)) }
                for item in items {
                    menu.append(item)
                    if rng.chance(0.15) { menu.append(revised(item, using: &rng)) }
                }
            }
            if rng.chance(0.1), let category = offered[e].last {
                var late = hourItem(enterprise.id, CategoryMarket.of(category), yuan: CategoryMarket.of(category).hourlyYuan.upperBound * factor, using: &rng)
                late.itemCode = CategoryMarket.of(category).code + "-NEW"
                late.effectiveFrom = monday.adding(days: rng.int(2...35))
                menu.append(late)
            }
        }
    }

    private func hourItem(_ enterpriseID: String, _ market: CategoryMarket, yuan: Double, using rng: inout some RandomNumberGenerator) -> MenuItem {
        let minMinutes = [60, 90, 120][rng.weighted(market.category.isCare ? [0.75, 0.1, 0.15] : [0.9, 0.05, 0.05])]
        return MenuItem(
            enterpriseID: enterpriseID, itemCode: market.code + "-1", name: market.category.chineseName + "（按小时）",
            category: market.category, mode: [.both, .slot, .order][rng.weighted([0.85, 0.08, 0.07])], unit: .hour, price: Self.fen(yuan),
            minMinutes: minMinutes, skillLevel: 1 + rng.weighted(market.category.isCare ? [0.4, 0.4, 0.2] : [0.6, 0.3, 0.1])
        )
    }

    private func packageItem(_ enterpriseID: String, _ market: CategoryMarket, hourlyYuan: Double, using rng: inout some RandomNumberGenerator) -> MenuItem {
        let hours = rng.int(2...3)
        return MenuItem(
            enterpriseID: enterpriseID, itemCode: market.code + "-2", name: market.category.chineseName + "（\(hours)小时套餐）",
            category: market.category, mode: Self.drawMode(using: &rng), unit: .visit, price: Self.fen(hourlyYuan * Double(hours) * 0.95),
            minMinutes: hours * 60, skillLevel: 1 + rng.weighted([0.3, 0.4, 0.3])
        )
    }

    /// A later (or earlier-dated) version of `item`: a new price, sometimes a new mode.
    private func revised(_ item: MenuItem, using rng: inout some RandomNumberGenerator) -> MenuItem {
        var next = item
        next.effectiveFrom = monday.adding(days: rng.int(-28...28))
        next.price = Self.fen(Double(item.price.value) / 100 * rng.uniform(0.95, 1.15))
        if rng.chance(0.3) { next.mode = Self.drawMode(using: &rng) }
        return next
    }

    private static func drawMode(using rng: inout some RandomNumberGenerator) -> MenuMode {
        [.both, .slot, .order][rng.weighted([0.7, 0.15, 0.15])]
    }

    /// Yuan rounded to half a yuan, in fen.
    static func fen(_ yuan: Double) -> Fen { Fen(Int((yuan * 2).rounded()) * 50) }
}
