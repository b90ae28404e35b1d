/// How a roster's upper bound was obtained.
public enum BoundMethod: String, Hashable, Sendable, CaseIterable {
    /// The flow relaxation over worker classes and days: the tight bound.
    case flow
    /// The relaxation ran out of time; the bound is every servable visit's weighted minutes plus every bonus
    /// that could be earned at all: valid, but loose.
    case servable
}
