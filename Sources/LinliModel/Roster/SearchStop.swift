/// What ended the improvement search.
///
/// `optimal`, `stalled` and `budget` are decided by counting work, so such a run repeats exactly for the same
/// input, seed and time limit; one ended by the `clock` may not. A roster of several independent parts
/// reports the stop of the part that went furthest, in the order optimal, stalled, budget, clock
/// (``combined(_:_:)``).
public enum SearchStop: String, Hashable, Sendable, CaseIterable {
    /// The work budget of `--time-limit` ran out.
    case budget
    /// The wall clock reached `--time-limit` before the budget ran out.
    case clock
    /// Every part's roster scores its upper bound: no roster can score more.
    case optimal
    /// Every part not proven optimal went a stretch of work, in proportion to its size, without a better roster.
    case stalled
}

extension SearchStop {
    /// The stop a roster of two parts reports: the later of the two in the order optimal, stalled, budget, clock.
    public static func combined(_ a: SearchStop, _ b: SearchStop) -> SearchStop {
        a.rank >= b.rank ? a : b
    }

    private var rank: Int {
        switch self {
        case .optimal: 0
        case .stalled: 1
        case .budget: 2
        case .clock: 3
        }
    }
}
