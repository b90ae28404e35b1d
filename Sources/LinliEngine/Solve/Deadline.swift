/// A wall-clock limit the solver polls: "is time up?".
///
/// The engine never reads a clock itself; the caller injects one (for `linli roster`, the time limit counted
/// from the moment the dataset is loaded), so tests can drive the engine with a clock that expires after a
/// given number of checks. Once a deadline has expired it must stay expired.
public struct Deadline: Sendable {
    private let expired: @Sendable () -> Bool

    /// A deadline that is up as soon as `isExpired` returns true.
    public init(isExpired: @escaping @Sendable () -> Bool) { expired = isExpired }

    /// Never expires: the deterministic work budget alone ends the search.
    public static let never = Deadline { false }

    /// Whether time is up.
    public var isExpired: Bool { expired() }
}
