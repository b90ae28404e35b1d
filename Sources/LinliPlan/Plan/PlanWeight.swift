import LinliModel

/// What a household weighs in `coverage plan` (Docs/Commands.md `--weight`).
public enum PlanWeight: String, CaseIterable, Hashable, Sendable {
    /// Σ over the household's visits of the week of weight(h) × minutes.
    case demand
    /// 1 per household.
    case households

    /// Per household of `dataset`, in its order.
    /// - Complexity: O(h + d) for h households and d demands.
    public func weights(_ dataset: Dataset, week: ISOWeek) -> [Int] {
        switch self {
        case .households:
            return Array(repeating: 1, count: dataset.households.count)
        case .demand:
            let index = Dictionary(dataset.households.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            var weights = [Int](repeating: 0, count: dataset.households.count)
            for d in dataset.demands {
                guard let h = index[d.householdID] else { continue }
                weights[h] += dataset.households[h].priorityGroup.weight * d.minutes * d.visitDates(in: week).count
            }
            return weights
        }
    }
}
