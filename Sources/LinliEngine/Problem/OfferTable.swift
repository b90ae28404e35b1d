import LinliModel

/// The menu offers for one visit from the enterprises within reach: whether any exist (no_menu), whether any
/// is affordable (over_budget), and per enterprise the affordable items, cheapest first, for rules 6-8.
///
/// The items in force are flattened once into plain rows per (enterprise, weekday, category), in item-code
/// order, so preparing a visit hashes and copies no `MenuItem` and reads only the items of its category.
struct OfferTable: Sendable {
    /// What rules 6-8 read of an item in force, with its row in the dataset's menu.
    private struct Offer: Sendable {
        var mode: MenuMode
        var minMinutes: Int
        var skillLevel: Int
        var row: Int32
    }

    /// The affordable items of one demand's visits, per enterprise within reach, as flat arrays: the items of
    /// visit `k` from the enterprise in slot `s` are `levels[i]`, `rows[i]` for `i` in
    /// `start[k * slots + s]..<start[k * slots + s + 1]`, cheapest first (ties by item code).
    struct DemandOffers {
        /// Enterprise index per slot, in the order the points within reach list them.
        var enterprises: [Int] = []
        var start: [Int32] = [0]
        var levels: [Int] = []
        var rows: [Int32] = []
        /// Per visit: some enterprise within reach offers the item (rule 7), and some offer is affordable (rule 8).
        var offered: [Bool] = []
        var affordable: [Bool] = []
        /// The lowest skill level of all these items (`Int.max` without any): workers below it serve no visit.
        var minLevel = Int.max

        /// The cheapest row that a worker of `level` may serve visit `k` with from enterprise slot `slot`.
        @inline(__always)
        func row(visit k: Int, slot: Int, level: Int) -> Int32? {
            let base = k * enterprises.count + slot
            var i = Int(start[base])
            let end = Int(start[base + 1])
            while i < end {
                if level >= levels[i] { return rows[i] }
                i += 1
            }
            return nil
        }
    }

    private let index: DistrictIndex
    /// The items in force of each (enterprise, weekday index, category) at ``list(enterprise:day:category:)``,
    /// ordered by item code.
    private let offers: [[Offer]]
    private static let categories = Category.allCases

    /// Where the items of `enterprise` on weekday index `day` in the category at `category` of
    /// `Category.allCases` are.
    @inline(__always)
    private static func list(enterprise: Int, day: Int, category: Int) -> Int { (enterprise * 7 + day) * categories.count + category }

    init(index: DistrictIndex) {
        self.index = index
        var rows: [MenuItem: Int32] = [:]
        for (i, item) in index.dataset.menu.enumerated() where rows[item] == nil { rows[item] = Int32(i) }
        var offers = [[Offer]](repeating: [], count: index.menuInForce.count * 7 * Self.categories.count)
        for (e, days) in index.menuInForce.enumerated() {
            for (day, items) in days.enumerated() {
                for item in items {
                    guard let row = rows[item], let category = Self.categories.firstIndex(of: item.category) else { continue }
                    offers[Self.list(enterprise: e, day: day, category: category)].append(
                        Offer(mode: item.mode, minMinutes: item.minMinutes, skillLevel: item.skillLevel, row: row))
                }
            }
        }
        self.offers = offers
    }

    /// The offers for `demand` on each weekday index of `days` from the enterprises operating at `points`.
    ///
    /// `slots` maps an enterprise index to its slot in the result, -1 for none; it must come in all -1 and is
    /// handed back so, once the caller has read the result (``release(_:slots:)``).
    /// - Complexity: O(days × items in force of those enterprises).
    func prepare(demand: Demand, days: [Int], points: [Int], slots: inout [Int32]) -> DemandOffers {
        var out = DemandOffers()
        for p in points {
            for e in index.pointEnterprises[p] where slots[e] < 0 {
                slots[e] = Int32(out.enterprises.count)
                out.enterprises.append(e)
            }
        }
        let menu = index.dataset.menu
        guard let category = Self.categories.firstIndex(of: demand.category) else {
            // Not reached (every category is a case); no item is then offered.
            out.offered = days.map { _ in false }
            out.affordable = out.offered
            return out
        }
        var list: [(price: Fen, level: Int, row: Int32)] = []
        for day in days {
            var offered = false, affordable = false
            for e in out.enterprises {
                // Item-code order, so a stable sort by price breaks ties by code.
                list.removeAll(keepingCapacity: true)
                for offer in offers[Self.list(enterprise: e, day: day, category: category)]
                where offer.mode.admits(demand.mode) && demand.minutes >= offer.minMinutes {
                    offered = true
                    let price = menu[Int(offer.row)].price(forMinutes: demand.minutes)
                    if let max = demand.maxPrice, price > max { continue }
                    list.append((price, offer.skillLevel, offer.row))
                }
                if list.count > 1 {
                    let sorted = list.indices.sorted { (list[$0].price, $0) < (list[$1].price, $1) }
                    for i in sorted {
                        out.levels.append(list[i].level)
                        out.rows.append(list[i].row)
                    }
                } else if let only = list.first {
                    out.levels.append(only.level)
                    out.rows.append(only.row)
                }
                for item in list { out.minLevel = min(out.minLevel, item.level) }
                affordable = affordable || !list.isEmpty
                out.start.append(Int32(out.rows.count))
            }
            out.offered.append(offered)
            out.affordable.append(affordable)
        }
        return out
    }

    /// Resets the `slots` that ``prepare(demand:days:points:slots:)`` set for `offers`.
    func release(_ offers: DemandOffers, slots: inout [Int32]) {
        for e in offers.enterprises { slots[e] = -1 }
    }
}
