import LinliModel

extension CoveringInstance {
    /// The instance of `coverage plan`: weighted places (households), the points already there, and the
    /// candidate sites. A place counts as covered by a point within its `radiusMeters` (haversine, ≤).
    ///
    /// - Complexity: O(h log h + Σ over points and candidates of the places in their bounding boxes),
    ///   plus the aggregation of ``init(candidateCount:weights:covererStart:coverers:fixedWeight:totalWeight:)``.
    public init(places: [GeoPoint], weights: [Int], existing: [ServicePoint], candidates: [ServicePoint]) {
        precondition(places.count == weights.count, "one weight per place")
        let grid = PlaceGrid(places: places)
        var fixed = [Bool](repeating: false, count: places.count)
        for point in existing {
            grid.forEach(within: point.radiusMeters, of: point.location) { fixed[$0] = true }
        }
        var perCandidate: [Int32] = []
        var candidateStart: [Int32] = [0]
        for site in candidates {
            grid.forEach(within: site.radiusMeters, of: site.location) { p in
                if !fixed[p] && weights[p] > 0 { perCandidate.append(Int32(p)) }
            }
            candidateStart.append(Int32(perCandidate.count))
        }
        let (covererStart, coverers) = Self.transpose(start: candidateStart, members: perCandidate, columns: places.count)
        var fixedWeight = 0
        for p in places.indices where fixed[p] { fixedWeight += weights[p] }
        self.init(
            candidateCount: candidates.count, weights: weights.indices.map { fixed[$0] ? 0 : weights[$0] },
            covererStart: covererStart, coverers: coverers, fixedWeight: fixedWeight, totalWeight: weights.reduce(0, +))
    }
}
