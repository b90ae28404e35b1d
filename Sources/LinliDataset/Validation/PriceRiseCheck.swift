import LinliModel

/// 规范价格秩序: flags a menu version priced more than 10% above the version of the same item in
/// force the day before it takes effect.
enum PriceRiseCheck {
    /// Warnings for the rows of `incoming` that are new or changed against `base`, judged in `merged`.
    /// Versions with another price unit than their predecessor are not compared.
    /// - Complexity: O(n log n) in the number of menu rows.
    static func check(_ incoming: [Lined<MenuItem>], base: [MenuItem], merged: [MenuItem], log: inout FileLog) {
        let old = Set(base)
        var versions: [ItemKey: [MenuItem]] = [:]
        for item in merged { versions[ItemKey(item), default: []].append(item) }
        for row in incoming where !old.contains(row.value) {
            let item = row.value
            guard let from = item.effectiveFrom,
                  let before = versions[ItemKey(item)]?.inForce(on: from.adding(days: -1)).first,
                  before.unit == item.unit, item.price.value * 10 > before.price.value * 11
            else { continue }
            log.warning(line: row.line, column: "price", message(item, before: before, from: from))
        }
    }

    static func message(_ item: MenuItem, before: MenuItem, from: Day) -> String {
        var rise = ""
        if before.price.value > 0 {
            let permille = roundedPermille(item.price.value - before.price.value, of: before.price.value)
            rise = " (+\(permille / 10).\(permille % 10)%)"
        }
        return "price of item \(ValueParser.quoted(item.itemCode)) \(item.name) of enterprise \(ValueParser.quoted(item.enterpriseID))"
            + " rises from \(before.price) to \(item.price) yuan\(rise) on \(from), more than 10% above the version"
            + " in force the day before (规范价格秩序)"
    }

    /// `part / whole` in tenths of a percent, rounded half up (`+10.99%` is 110 permille, not 109).
    /// Prices are at most 12 digits of yuan, so `part × 2000` cannot overflow.
    static func roundedPermille(_ part: Int, of whole: Int) -> Int {
        (part * 2000 + whole) / (2 * whole)
    }

    private struct ItemKey: Hashable {
        var enterpriseID: String
        var itemCode: String

        init(_ item: MenuItem) {
            enterpriseID = item.enterpriseID
            itemCode = item.itemCode
        }
    }
}
