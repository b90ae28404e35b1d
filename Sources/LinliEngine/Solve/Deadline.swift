/// A wall-clock limit the solver polls: "how much of the time is used?".
///
/// The engine never reads a clock itself; the caller injects one (for `linli roster`, the time limit counted
/// from the moment the dataset is loaded), so tests can drive the engine with a clock that expires after a
/// given number of checks. Once a deadline has expired it must stay expired.
///
/// The engine spends the time in stages (Docs/Rules.md "Time limit"): it compiles with every candidate until
/// ``compileShare`` of the time is used and builds the first roster with every candidate until
/// ``constructionShare``, then hurries, so the work left once the time is up stays small; the search starts
/// only before ``searchShare`` and stops, as the bound does, at the time limit itself. The engine reports where
/// it is through ``reached(_:)``, so the caller can time the phases.
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

    /// Share of the time after which the compile keeps only a few candidates per visit.
    public static let compileShare = 0.4
    /// Share of the time after which the first roster is built from a few candidates per visit.
    public static let constructionShare = 0.7
    /// Share of the time after which no search starts: what a search costs before its first step and after its
    /// last (a copy of the roster, a rebuild of the best one) would outlast the time left.
    public static let searchShare = 0.9

    /// Whether time is up.
    public var isExpired: Bool { usedShare() >= 1 }

    /// Whether at least `share` of the time is used (the whole of it for `share` 1).
    public func hasUsed(_ share: Double) -> Bool { usedShare() >= share }

    /// Tells the caller that `phase` is finished (by one part of the week, for the phases parts run).
    public func reached(_ phase: SolvePhase) { mark(phase) }
}
