/// A wall-clock limit the solver polls: "how much of the time is used?".
///
/// The engine never reads a clock itself; the caller injects one (for `linli roster`, the time limit counted
/// from the moment the dataset is loaded), so tests can drive the engine with a clock that expires after a
/// given number of checks. Once a deadline has expired it must stay expired.
///
/// The engine spends the time in stages (Docs/Rules.md "Time limit"): it compiles with every candidate until
/// ``compileShare`` of the time is used, then keeps a few per visit; it builds the first roster with every
/// candidate until its pace says that the rest, hurried, would only just end by ``constructionShare``; after
/// ``finishShare`` nothing new starts (no search, no further visit of the first roster: those left are unmet),
/// and a search ends early enough to rebuild its best roster in time. The bound stops at the time limit itself.
/// The engine reports where it is through ``reached(_:)``, so the caller can time the phases.
public struct Deadline: Sendable {
    private let usedShare: @Sendable () -> Double
    private let mark: @Sendable (SolvePhase) -> Void

    /// A deadline that is up as soon as `isExpired` returns true; before that no time counts as used, so the
    /// stages do not hurry either.
    public init(isExpired: @escaping @Sendable () -> Bool) {
        usedShare = { isExpired() ? 1 : 0 }
        mark = { _ in }
    }

    /// A deadline reading the share of the time limit used so far (1 or more once it is up), told of each
    /// phase the engine finishes.
    public init(usedShare: @escaping @Sendable () -> Double, reached: @escaping @Sendable (SolvePhase) -> Void = { _ in }) {
        self.usedShare = usedShare
        mark = reached
    }

    /// Never expires: the deterministic work budget alone ends the search.
    public static let never = Deadline { false }

    /// Share of the time after which the compile keeps only a few candidates per visit: a quarter, so that on
    /// the largest weeks the first roster, which a time limit may cut short, gets most of the time.
    public static let compileShare = 0.25
    /// Share of the time after which the first roster is built from a few candidates per visit.
    public static let constructionShare = 0.7
    /// Share of the time after which nothing new starts: no search (what it costs before its first step and
    /// after its last, a copy of the roster and a rebuild of the best one, would outlast the time left), and
    /// the first roster places no further visit (those left are unmet, `outcompeted`), so that assembling the
    /// roster and its summary fits in the time left however large the week.
    public static let finishShare = 0.9

    /// Share of the time used so far (1 or more once it is up).
    var used: Double { usedShare() }

    /// This deadline, up once `share` of its time is used: for work whose result must still be assembled
    /// before the time limit.
    func ending(at share: Double) -> Deadline { Deadline(usedShare: { [usedShare] in usedShare() / share }, reached: mark) }

    /// Whether time is up.
    public var isExpired: Bool { usedShare() >= 1 }

    /// Whether at least `share` of the time is used (the whole of it for `share` 1).
    public func hasUsed(_ share: Double) -> Bool { usedShare() >= share }

    /// Tells the caller that `phase` is finished (by one part of the week, for the phases parts run).
    public func reached(_ phase: SolvePhase) { mark(phase) }
}
