import LinliModel

/// Rule 8: the visit's price is within the household's budget and is the price written on the row.
struct PriceRule: RowRule {
    var rule: HardRule { .price }

    /// The price of one visit of `minutes`: hourly prices pro rata, `(price_fen × minutes + 30) / 60` truncated.
    static func price(_ item: MenuItem, minutes: Int) -> Fen {
        switch item.unit {
        case .hour: Fen((item.price.value * minutes + 30) / 60)
        case .visit: item.price
        }
    }

    static func withinBudget(_ item: MenuItem, _ demand: Demand) -> Bool {
        demand.maxPrice.map { price(item, minutes: demand.minutes) <= $0 } ?? true
    }

    /// Without an item in force there is no price; rule 7 reports that row.
    func problem(with row: CheckedRow, in index: CheckIndex) -> String? {
        guard let item = row.item else { return nil }
        let p = Self.price(item, minutes: row.demand.minutes)
        if let max = row.demand.maxPrice, p > max { return "price \(p) is above the household's \(max)" }
        if row.assignment.price != p { return "the row says \(row.assignment.price), item \(item.itemCode) costs \(p)" }
        return nil
    }
}
