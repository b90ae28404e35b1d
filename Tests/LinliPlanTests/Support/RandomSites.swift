import LinliModel
import LinliPlan
import LinliTestSupport

/// A random small planning instance: households, existing points and candidate sites in a square.
struct RandomSites {
    var places: [GeoPoint]
    var weights: [Int]
    var existing: [ServicePoint]
    var candidates: [ServicePoint]

    init(seed: UInt64, households: Int, existing existingCount: Int, candidates candidateCount: Int, side: Double = 3_000) {
        var rng = SeededGenerator(seed: seed)
        func place() -> GeoPoint { Fixtures.place(east: Double.random(in: 0...side, using: &rng), north: Double.random(in: 0...side, using: &rng)) }
        func site(_ id: String) -> ServicePoint {
            ServicePoint(
                id: id, name: id, communityID: "C1", location: place(),
                radiusMeters: Double.random(in: 300...900, using: &rng).rounded(), enterpriseIDs: ["E1"])
        }
        places = (0..<households).map { _ in place() }
        weights = (0..<households).map { _ in Int.random(in: 0...6, using: &rng) }
        existing = (0..<existingCount).map { site("P\($0)") }
        candidates = (0..<candidateCount).map { site("X\($0)") }
    }

    /// Weight covered by the existing points and `chosen` candidates, decided pair by pair with `GeoPoint.distance`.
    func coveredWeight(_ chosen: [Int]) -> Int {
        let points = existing + chosen.map { candidates[$0] }
        return places.indices.reduce(0) { total, h in
            points.contains { $0.location.distance(to: places[h]) <= $0.radiusMeters } ? total + weights[h] : total
        }
    }

    /// The best covered weight over all `k`-subsets of the candidates, by enumeration.
    func bruteForceBest(k: Int) -> Int {
        var best = 0
        func visit(_ from: Int, _ chosen: inout [Int]) {
            if chosen.count == k || from == candidates.count {
                best = max(best, coveredWeight(chosen))
                return
            }
            for c in from..<candidates.count {
                chosen.append(c)
                visit(c + 1, &chosen)
                chosen.removeLast()
            }
        }
        var chosen: [Int] = []
        visit(0, &chosen)
        return best
    }
}
