import LinliModel

/// A replan's replaced roster, looked up by visit: what is held before the replan date and what each
/// later visit had.
struct ReplanHistory: Sendable {
    /// How a visit dated before the replan date is held.
    enum Held: Sendable {
        /// The replaced roster's row, copied unchanged.
        case row(Assignment)
        /// Unmet with this reason: the replaced roster's, or `past` when it did not list the visit.
        case unmet(UnmetReason)
    }

    let from: Day?
    let frozen: [VisitKey: Assignment]
    let frozenUnmet: [VisitKey: UnmetReason]
    /// The replaced roster's rows dated on or after the replan date.
    let previous: [VisitKey: Assignment]

    init(_ basis: ReplanBasis?) {
        from = basis?.from
        frozen = Dictionary((basis?.frozenRows ?? []).map { ($0.visit, $0) }, uniquingKeysWith: { a, _ in a })
        frozenUnmet = Dictionary((basis?.frozenUnmet ?? []).map { ($0.visit, $0.reason) }, uniquingKeysWith: { a, _ in a })
        previous = Dictionary((basis?.previousRows ?? []).map { ($0.visit, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// How `visit` is held, or nil when it is rebuilt (no replan, or dated on or after the replan date).
    func held(_ visit: VisitKey) -> Held? {
        guard let from, visit.date < from else { return nil }
        if let row = frozen[visit] { return .row(row) }
        return .unmet(frozenUnmet[visit] ?? .past)
    }
}
