import LinliModel

/// Which households a district's service points reach (issue 5 "reach"): a household is reached when it
/// lies within `radius_m` (haversine, ≤) of a point where at least one enterprise that is not
/// `dishonest` operates.
public struct Reach: Hashable, Sendable {
    /// Per household of the dataset, in its order: reached or not.
    public let reached: [Bool]
    /// The points that count, in dataset order.
    public let activePointIDs: [String]

    /// - Complexity: O(h log h + Σ over active points of the households in their bounding boxes).
    public init(dataset: Dataset) {
        let points = Self.activePoints(dataset)
        activePointIDs = points.map(\.id)
        reached = Self.covered(dataset.households.map(\.location), by: points)
    }

    /// Points where at least one known enterprise with credit other than `dishonest` operates.
    public static func activePoints(_ dataset: Dataset) -> [ServicePoint] {
        let credit = Dictionary(dataset.enterprises.map { ($0.id, $0.credit) }, uniquingKeysWith: { a, _ in a })
        return dataset.servicePoints.filter { point in
            point.enterpriseIDs.contains { id in credit[id].map { $0 != .dishonest } ?? false }
        }
    }

    /// Per place: within the radius of at least one of `points`.
    /// - Complexity: O(n log n + Σ over points of the places in their bounding boxes).
    public static func covered(_ places: [GeoPoint], by points: [ServicePoint]) -> [Bool] {
        let grid = PlaceGrid(places: places)
        var covered = [Bool](repeating: false, count: places.count)
        for point in points {
            grid.forEach(within: point.radiusMeters, of: point.location) { covered[$0] = true }
        }
        return covered
    }
}
