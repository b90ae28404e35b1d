import GRDB
import LinliModel

/// A row of `menu_items`: one version of an item. `effectiveFrom` is `""` for a version in
/// effect from the beginning, so (enterprise, item, effective_from) can be the primary key.
struct MenuItemRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "menu_items"

    var enterpriseID: String
    var itemCode: String
    var effectiveFrom: String
    var name: String
    var category: String
    var mode: String
    var unit: String
    var priceFen: Int
    var minMinutes: Int
    var skillLevel: Int

    enum CodingKeys: String, CodingKey {
        case enterpriseID = "enterprise_id", itemCode = "item_code", effectiveFrom = "effective_from", name, category
        case mode, unit, priceFen = "price_fen", minMinutes = "min_minutes", skillLevel = "skill_level"
    }

    enum Columns {
        static let enterpriseID = Column(CodingKeys.enterpriseID)
        static let itemCode = Column(CodingKeys.itemCode)
        static let effectiveFrom = Column(CodingKeys.effectiveFrom)
    }
}

extension MenuItemRecord {
    init(_ m: MenuItem) {
        self.init(
            enterpriseID: m.enterpriseID, itemCode: m.itemCode, effectiveFrom: m.effectiveFrom?.description ?? "",
            name: m.name, category: m.category.rawValue, mode: m.mode.rawValue, unit: m.unit.rawValue,
            priceFen: m.price.value, minMinutes: m.minMinutes, skillLevel: m.skillLevel)
    }

    func model() throws -> MenuItem {
        let table = Self.databaseTableName
        return MenuItem(
            enterpriseID: enterpriseID, itemCode: itemCode, name: name,
            category: try StoredValue.code(category, table, "category"), mode: try StoredValue.code(mode, table, "mode"),
            unit: try StoredValue.code(unit, table, "unit"), price: Fen(try StoredValue.number(priceFen, in: Limits.fen, table, "price_fen")),
            minMinutes: try StoredValue.number(minMinutes, in: Limits.menuMinutes, table, "min_minutes"),
            skillLevel: try StoredValue.number(skillLevel, in: Limits.skillLevel, table, "skill_level"),
            effectiveFrom: effectiveFrom.isEmpty ? nil : try StoredValue.day(effectiveFrom, table, "effective_from"))
    }
}
