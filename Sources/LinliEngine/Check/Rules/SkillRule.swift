import LinliModel

/// Rule 6: the worker's level in the demand's category reaches the item's skill level.
struct SkillRule: RowRule {
    var rule: HardRule { .skill }

    static func admits(_ worker: Worker, _ category: Category, _ item: MenuItem) -> Bool {
        worker.level(in: category) >= item.skillLevel
    }

    /// Without an item in force there is no level to reach; rule 7 reports that row.
    func problem(with row: CheckedRow, in index: CheckIndex) -> String? {
        guard let item = row.item, !Self.admits(row.worker, row.demand.category, item) else { return nil }
        let c = row.demand.category
        return "worker \(row.worker.id) has \(c.rawValue) level \(row.worker.level(in: c)), item \(item.itemCode) needs \(item.skillLevel)"
    }
}
