import LinliModel

/// The menu offers for one visit from the enterprises within reach: whether any exist (no_menu), whether any
/// is affordable (over_budget), and per enterprise the affordable items, cheapest first, for rules 6-8.
struct OfferTable {
    private let index: DistrictIndex
    private let menuRow: [MenuItem: Int32]

    init(index: DistrictIndex) {
        self.index = index
        var rows: [MenuItem: Int32] = [:]
        for (i, item) in index.dataset.menu.enumerated() where rows[item] == nil { rows[item] = Int32(i) }
        menuRow = rows
    }

    /// The offers for `demand` on weekday index `day` from the enterprises operating at `points`.
    /// - Complexity: O(items in force of those enterprises).
    func prepare(demand: Demand, day: Int, points: [Int]) -> (offered: Bool, affordable: Bool, items: [Int: [(level: Int, row: Int32)]]) {
        var offered = false
        var items: [Int: [(level: Int, row: Int32)]] = [:]
        var seen = Set<Int>()
        for p in points {
            for e in index.pointEnterprises[p] where seen.insert(e).inserted {
                var list: [(price: Fen, code: String, level: Int, row: Int32)] = []
                for item in index.menuInForce[e][day]
                where item.category == demand.category && item.mode.admits(demand.mode) && demand.minutes >= item.minMinutes {
                    offered = true
                    let price = item.price(forMinutes: demand.minutes)
                    if let max = demand.maxPrice, price > max { continue }
                    list.append((price, item.itemCode, item.skillLevel, menuRow[item]!))
                }
                if list.isEmpty { continue }
                list.sort { ($0.price, $0.code) < ($1.price, $1.code) }
                items[e] = list.map { ($0.level, $0.row) }
            }
        }
        return (offered, !items.isEmpty, items)
    }
}
