import LinliModel

/// The menu offers for one visit from the enterprises within reach: whether any exist (no_menu), whether any
/// is affordable (over_budget), and per enterprise the affordable items, cheapest first, for rules 6-8.
///
/// The items in force are flattened once into plain rows per (enterprise, weekday, category), in item-code
/// order, so preparing a visit hashes and copies no `MenuItem` and reads only the items of its category.
struct OfferTable: Sendable {
    /// What rules 6-8 read of an item in force, with its row in the dataset's menu.
    private struct Offer: Sendable, Equatable {
        var mode: MenuMode
        var minMinutes: Int
        var skillLevel: Int
        var unit: PriceUnit
        var price: Fen
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

    /// Buffers one compile thread reuses from one demand to the next.
    struct Scratch {
        /// Slot of each enterprise in the current demand's offers, -1 outside them.
        var slots: [Int32]
        fileprivate var list: [(price: Fen, level: Int, row: Int32)] = []
        /// Per slot, the distinct list last filtered for it and where its items went.
        fileprivate var done: [(list: Int32, from: Int32, to: Int32, offered: Bool)] = []

        init(enterpriseCount: Int) { slots = Array(repeating: -1, count: enterpriseCount) }
    }

    /// Enterprises operating from each point, ascending: those of point `p` are
    /// `pointEnterprises[pointStart[p]..<pointStart[p + 1]]`.
    private let pointStart: [Int32]
    private let pointEnterprises: [Int32]
    /// The items in force of each (enterprise, weekday index, category) at ``list(enterprise:day:category:)``,
    /// ordered by item code: list `l` is `offers[offerStart[l]..<offerStart[l + 1]]`. Flat, so that reading a
    /// list copies and counts no reference.
    private let offerStart: [Int32]
    private let offers: [Offer]
    /// Per list, the first list of the same enterprise and category holding the same items (usually
    /// Monday's): a demand filters and sorts each distinct list once, not once per visit.
    private let firstEqual: [Int32]
    private static let categories = Category.allCases

    /// Where the items of `enterprise` on weekday index `day` in the category at `category` of
    /// `Category.allCases` are.
    @inline(__always)
    private static func list(enterprise: Int, day: Int, category: Int) -> Int { (enterprise * 7 + day) * categories.count + category }

    init(index: DistrictIndex) {
        var rows: [MenuItem: Int32] = [:]
        for (i, item) in index.dataset.menu.enumerated() where rows[item] == nil { rows[item] = Int32(i) }
        var lists = [[Offer]](repeating: [], count: index.menuInForce.count * 7 * Self.categories.count)
        for (e, days) in index.menuInForce.enumerated() {
            for (day, items) in days.enumerated() {
                for item in items {
                    guard let row = rows[item], let category = Self.categories.firstIndex(of: item.category) else { continue }
                    lists[Self.list(enterprise: e, day: day, category: category)].append(
                        Offer(
                            mode: item.mode, minMinutes: item.minMinutes, skillLevel: item.skillLevel, unit: item.unit,
                            price: item.price, row: row))
                }
            }
        }
        var firstEqual = (0..<lists.count).map(Int32.init)
        for e in index.menuInForce.indices {
            for category in Self.categories.indices {
                for day in 1..<7 {
                    let list = Self.list(enterprise: e, day: day, category: category)
                    if let same = (0..<day).lazy.map({ Self.list(enterprise: e, day: $0, category: category) })
                        .first(where: { lists[$0] == lists[list] }) {
                        firstEqual[list] = firstEqual[same]
                    }
                }
            }
        }
        offers = lists.flatMap { $0 }
        offerStart = lists.reduce(into: [0]) { $0.append($0.last! + Int32($1.count)) }
        self.firstEqual = firstEqual
        let enterprises = index.pointEnterprises.map { $0.sorted().map(Int32.init) }
        pointEnterprises = enterprises.flatMap { $0 }
        pointStart = enterprises.reduce(into: [0]) { $0.append($0.last! + Int32($1.count)) }
    }

    /// The offers for `demand` on each weekday index of `days` from the enterprises operating at `points`.
    ///
    /// `scratch.slots` maps an enterprise index to its slot in the result, -1 for none; it must come in all -1
    /// and is handed back so, once the caller has read the result (``release(_:scratch:)``).
    /// - Complexity: O(distinct lists × items in force of those enterprises + days × enterprises × items kept).
    func prepare(demand: Demand, days: [Int], points: [Int], scratch: inout Scratch) -> DemandOffers {
        var out = DemandOffers()
        for p in points {
            for i in Int(pointStart[p])..<Int(pointStart[p + 1]) {
                let e = Int(pointEnterprises[i])
                if scratch.slots[e] < 0 {
                    scratch.slots[e] = Int32(out.enterprises.count)
                    out.enterprises.append(e)
                }
            }
        }
        guard let category = Self.categories.firstIndex(of: demand.category) else {
            // Not reached (every category is a case); no item is then offered.
            out.offered = days.map { _ in false }
            out.affordable = out.offered
            return out
        }
        let slotCount = out.enterprises.count
        out.offered.reserveCapacity(days.count)
        out.affordable.reserveCapacity(days.count)
        out.start.reserveCapacity(days.count * slotCount + 1)
        scratch.done.removeAll(keepingCapacity: true)
        if days.count > 1 { scratch.done = Array(repeating: (list: -1, from: 0, to: 0, offered: false), count: slotCount) }
        let reuse = days.count > 1
        for day in days {
            var offered = false, affordable = false
            for slot in 0..<slotCount {
                let source = Self.list(enterprise: out.enterprises[slot], day: day, category: category)
                if reuse && scratch.done[slot].list == firstEqual[source] {
                    let (_, from, to, any) = scratch.done[slot]
                    offered = offered || any
                    affordable = affordable || from < to
                    for i in Int(from)..<Int(to) {
                        out.levels.append(out.levels[i])
                        out.rows.append(out.rows[i])
                    }
                    out.start.append(Int32(out.rows.count))
                    continue
                }
                // Item-code order, kept among equal prices by the insertion below: ties go by code.
                scratch.list.removeAll(keepingCapacity: true)
                var any = false
                for i in Int(offerStart[source])..<Int(offerStart[source + 1]) {
                    let offer = offers[i]
                    guard offer.mode.admits(demand.mode) && demand.minutes >= offer.minMinutes else { continue }
                    any = true
                    let price = MenuItem.price(offer.price, unit: offer.unit, minutes: demand.minutes)
                    if let max = demand.maxPrice, price > max { continue }
                    // A stable insertion by price: the lists hold a few items.
                    var at = scratch.list.count
                    while at > 0 && scratch.list[at - 1].price > price { at -= 1 }
                    scratch.list.insert((price, offer.skillLevel, offer.row), at: at)
                    out.minLevel = min(out.minLevel, offer.skillLevel)
                }
                let from = Int32(out.rows.count)
                for item in scratch.list {
                    out.levels.append(item.level)
                    out.rows.append(item.row)
                }
                offered = offered || any
                affordable = affordable || !scratch.list.isEmpty
                out.start.append(Int32(out.rows.count))
                if reuse { scratch.done[slot] = (firstEqual[source], from, Int32(out.rows.count), any) }
            }
            out.offered.append(offered)
            out.affordable.append(affordable)
        }
        return out
    }

    /// Resets the `slots` that ``prepare(demand:days:points:scratch:)`` set for `offers`.
    func release(_ offers: DemandOffers, scratch: inout Scratch) {
        for e in offers.enterprises { scratch.slots[e] = -1 }
    }
}
