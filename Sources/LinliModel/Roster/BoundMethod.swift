/// How a roster's upper bound was obtained.
public enum BoundMethod: String, Hashable, Sendable, CaseIterable {
    /// The flow relaxation over worker classes and days.
    case flow
    /// The sum over independent parts of a Lagrangian relaxation with worker-day routes, when lower than the
    /// flow bound: the tight bound.
    case lagrangian
    /// The relaxation ran out of time; the bound is every servable visit's weighted minutes plus every bonus
    /// that could be earned at all: valid, but loose.
    case servable
}
