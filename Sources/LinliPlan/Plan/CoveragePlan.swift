import LinliModel

/// `linli coverage plan`: which `k` candidate sites to add to a district's existing points so that the
/// covered household weight is largest (Docs/Commands.md).
///
/// A household is covered when it lies within `radius_m` of an existing point or a chosen candidate
/// (haversine, ≤), whatever enterprises operate there, as Docs/Commands.md states it.
public struct CoveragePlan: Hashable, Sendable {
    /// What one chosen site adds: the weight it covers beyond the existing points and the sites before it.
    public struct SiteGain: Hashable, Sendable {
        public var id: String
        public var gain: Int

        /// Whether the site covers no weight that the existing points and the sites before it leave uncovered.
        public var addsNothing: Bool { gain == 0 }
    }

    /// The chosen candidates' ids, in the candidates' order.
    public var chosenIDs: [String]
    /// The chosen sites in the order a greedy pass adds them, each with its marginal gain; the gains sum
    /// to `coveredWeight - existingCoveredWeight`.
    public var gains: [SiteGain]
    /// Weight covered by the existing points and the chosen sites together.
    public var coveredWeight: Int
    /// Weight of every household.
    public var totalWeight: Int
    /// Weight the existing points cover alone.
    public var existingCoveredWeight: Int
    /// No choice of `k` candidates covers more than this.
    public var upperBound: Int
    /// The greedy choice's covered weight, for comparison.
    public var greedyCoveredWeight: Int
    public var method: CoveringSolution.Method
    /// Distinct coverage signatures the households aggregate into.
    public var signatures: Int
    /// (signature, candidate) pairs of the aggregated problem.
    public var incidences: Int

    /// - Complexity: that of ``CoveringInstance/init(places:weights:existing:candidates:)`` and ``CoveringSolver/solve(_:k:)``.
    public init(
        dataset: Dataset, week: ISOWeek, candidates: [ServicePoint], k: Int, weight: PlanWeight = .demand,
        solver: CoveringSolver = CoveringSolver()
    ) {
        let instance = CoveringInstance(
            places: dataset.households.map(\.location), weights: weight.weights(dataset, week: week),
            existing: dataset.servicePoints, candidates: candidates)
        let solution = solver.solve(instance, k: k)
        chosenIDs = solution.chosen.map { candidates[$0].id }
        gains = instance.marginalGains(of: solution.chosen).map { SiteGain(id: candidates[$0.candidate].id, gain: $0.gain) }
        existingCoveredWeight = instance.fixedWeight
        coveredWeight = instance.fixedWeight + solution.value
        totalWeight = instance.totalWeight
        upperBound = instance.fixedWeight + solution.upperBound
        greedyCoveredWeight = instance.fixedWeight + solution.greedyValue
        method = solution.method
        signatures = instance.itemCount
        incidences = instance.incidenceCount
    }

    /// Whether the choice is proved optimal.
    public var isOptimal: Bool { coveredWeight >= upperBound }
}
