/// The answer to a ``CoveringInstance``.
public struct CoveringSolution: Hashable, Sendable {
    /// Candidate indices, ascending: `min(k, n)` of them (candidates that add nothing fill up the count).
    public var chosen: [Int]
    /// Item weight covered by `chosen` (the instance's fixed weight not included).
    public var value: Int
    /// No choice covers more item weight than this.
    public var upperBound: Int
    /// How the choice was found and proved.
    public var method: Method
    /// Greedy value before the interchange.
    public var greedyValue: Int

    public enum Method: String, Hashable, Sendable {
        /// Greedy and interchange, with the optimum proved when the bound meets the value.
        case heuristic = "greedy+interchange"
        /// Proved optimal by the exhaustive branch and bound.
        case branchAndBound = "branch-and-bound"
    }

    public init(chosen: [Int], value: Int, upperBound: Int, method: Method, greedyValue: Int) {
        self.chosen = chosen
        self.value = value
        self.upperBound = upperBound
        self.method = method
        self.greedyValue = greedyValue
    }

    /// Whether `value` is proved optimal.
    public var isOptimal: Bool { value >= upperBound }
}
