/// One version of an item on an enterprise's published menu (服务供给菜单, 明码标价).
public struct MenuItem: Hashable, Sendable {
    public var enterpriseID: String
    /// Unique within its enterprise; versions share it.
    public var itemCode: String
    public var name: String
    public var category: Category
    public var mode: MenuMode
    public var unit: PriceUnit
    /// Public list price.
    public var price: Fen
    public var minMinutes: Int
    /// Lowest worker skill level in the category that may deliver it, 1-5.
    public var skillLevel: Int
    /// This version applies from this date until the next version's; nil = from the beginning.
    public var effectiveFrom: Day?

    public init(
        enterpriseID: String, itemCode: String, name: String, category: Category, mode: MenuMode,
        unit: PriceUnit, price: Fen, minMinutes: Int, skillLevel: Int, effectiveFrom: Day? = nil
    ) {
        self.enterpriseID = enterpriseID
        self.itemCode = itemCode
        self.name = name
        self.category = category
        self.mode = mode
        self.unit = unit
        self.price = price
        self.minMinutes = minMinutes
        self.skillLevel = skillLevel
        self.effectiveFrom = effectiveFrom
    }

    /// The price of one visit of `minutes` (rule 8): hourly prices pro rata, rounded half up in integers.
    public func price(forMinutes minutes: Int) -> Fen { Self.price(price, unit: unit, minutes: minutes) }

    /// The price of one visit of `minutes` at list price `price` per `unit`: hourly prices pro rata, rounded
    /// half up in integers.
    @inline(__always)
    public static func price(_ price: Fen, unit: PriceUnit, minutes: Int) -> Fen {
        switch unit {
        case .hour: Fen((price.value * minutes + 30) / 60)
        case .visit: price
        }
    }
}

extension Array where Element == MenuItem {
    /// The versions in force on `day`: per (enterprise, item code), the one with the latest
    /// `effectiveFrom ≤ day` (nil counts as the beginning). Items not yet started are absent.
    public func inForce(on day: Day) -> [MenuItem] {
        var best: [String: [String: MenuItem]] = [:]
        for item in self {
            if let from = item.effectiveFrom, from > day { continue }
            if let current = best[item.enterpriseID]?[item.itemCode] {
                let cur = current.effectiveFrom?.ordinal ?? Int.min
                let new = item.effectiveFrom?.ordinal ?? Int.min
                if new <= cur { continue }
            }
            best[item.enterpriseID, default: [:]][item.itemCode] = item
        }
        return best.keys.sorted().flatMap { e in best[e]!.keys.sorted().map { best[e]![$0]! } }
    }
}
