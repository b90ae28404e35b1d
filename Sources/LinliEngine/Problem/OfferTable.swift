import LinliModel

/// The menu offers for one visit from the enterprises within reach: whether any exist (no_menu), whether any
/// is affordable (over_budget), and per enterprise the affordable items, cheapest first, for rules 6-8.
///
/// The items in force are flattened once into plain rows per (enterprise, weekday), in item-code order, so
/// preparing a visit hashes and copies no `MenuItem`.
struct OfferTable {
    /// What rules 6-8 read of an item in force, with its row in the dataset's menu.
    private struct Offer {
        var category: Category
        var mode: MenuMode
        var minMinutes: Int
        var skillLevel: Int
        var row: Int32
    }

    private let index: DistrictIndex
    /// Per enterprise, per weekday index: the items in force, ordered by item code.
    private let offers: [[[Offer]]]

    init(index: DistrictIndex) {
        self.index = index
        var rows: [MenuItem: Int32] = [:]
        for (i, item) in index.dataset.menu.enumerated() where rows[item] == nil { rows[item] = Int32(i) }
        offers = index.menuInForce.map { days in
            days.map { items in
                items.compactMap { item in
                    rows[item].map {
                        Offer(category: item.category, mode: item.mode, minMinutes: item.minMinutes, skillLevel: item.skillLevel, row: $0)
                    }
                }
            }
        }
    }

    /// The offers for `demand` on weekday index `day` from the enterprises operating at `points`.
    /// - Complexity: O(items in force of those enterprises).
    func prepare(demand: Demand, day: Int, points: [Int]) -> (offered: Bool, affordable: Bool, items: [Int: [(level: Int, row: Int32)]]) {
        var offered = false
        var items: [Int: [(level: Int, row: Int32)]] = [:]
        var seen = Set<Int>()
        let menu = index.dataset.menu
        for p in points {
            for e in index.pointEnterprises[p] where seen.insert(e).inserted {
                // Item-code order, so a stable sort by price breaks ties by code.
                var list: [(price: Fen, level: Int, row: Int32)] = []
                for offer in offers[e][day]
                where offer.category == demand.category && offer.mode.admits(demand.mode) && demand.minutes >= offer.minMinutes {
                    offered = true
                    let price = menu[Int(offer.row)].price(forMinutes: demand.minutes)
                    if let max = demand.maxPrice, price > max { continue }
                    list.append((price, offer.skillLevel, offer.row))
                }
                if list.isEmpty { continue }
                let sorted = list.indices.sorted { (list[$0].price, $0) < (list[$1].price, $1) }
                items[e] = sorted.map { (list[$0].level, list[$0].row) }
            }
        }
        return (offered, !items.isEmpty, items)
    }
}
