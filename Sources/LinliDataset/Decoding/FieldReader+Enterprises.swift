import LinliModel

extension FieldReader {
    mutating func enterprise() -> Enterprise? {
        let id = self.id("enterprise_id")
        let name = self.name("name")
        let model = code("model", EnterpriseModel.self)
        let credit = code("credit", Credit.self)
        let rating = self.rating("rating")
        guard let id, let name, let model, let credit, let rating else { return nil }
        return Enterprise(id: id, name: name, model: model, credit: credit, rating: rating)
    }

    mutating func menuItem() -> MenuItem? {
        let enterprise = reference("enterprise_id", to: .enterprises)
        let item = id("item_code")
        let name = self.name("name")
        let category = code("category", Category.self)
        let mode = code("mode", MenuMode.self)
        let unit = code("unit", PriceUnit.self)
        let price = money("price")
        let minMinutes = int("min_minutes", Limits.menuMinutes, "a number of minutes \(Limits.text(Limits.menuMinutes))")
        let skillLevel = int("skill_level", Limits.skillLevel, "a skill level \(Limits.text(Limits.skillLevel))")
        let from = optionalDay("effective_from")
        guard let enterprise, let item, let name, let category, let mode, let unit, let price, let minMinutes,
              let skillLevel, let from
        else { return nil }
        return MenuItem(
            enterpriseID: enterprise, itemCode: item, name: name, category: category, mode: mode, unit: unit,
            price: price, minMinutes: minMinutes, skillLevel: skillLevel, effectiveFrom: from
        )
    }
}
