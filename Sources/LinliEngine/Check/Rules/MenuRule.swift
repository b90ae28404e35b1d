import LinliModel

/// Rule 7: the item belongs to the worker's employer, is in force on the date, and offers the demand
/// (category, mode, minimum minutes).
struct MenuRule: RowRule {
    var rule: HardRule { .menu }

    /// Whether an item version in force offers `demand`: category, mode, `min_minutes`.
    static func offers(_ item: MenuItem, _ demand: Demand) -> Bool {
        item.category == demand.category && item.mode.admits(demand.mode) && demand.minutes >= item.minMinutes
    }

    func problem(with row: CheckedRow, in index: CheckIndex) -> String? {
        let a = row.assignment, d = row.demand
        if a.enterpriseID != row.worker.enterpriseID {
            return "worker \(row.worker.id) works for \(row.worker.enterpriseID), not \(a.enterpriseID)"
        }
        guard let item = row.item else { return "item \(a.enterpriseID)/\(a.itemCode) is not yet in force on \(a.date)" }
        if item.category != d.category { return "item \(item.itemCode) is \(item.category.rawValue), the demand \(d.category.rawValue)" }
        if !item.mode.admits(d.mode) { return "item \(item.itemCode) (\(item.mode.rawValue)) does not admit \(d.mode.rawValue)" }
        if d.minutes < item.minMinutes { return "item \(item.itemCode) needs at least \(item.minMinutes) minutes, the demand asks \(d.minutes)" }
        return nil
    }
}
