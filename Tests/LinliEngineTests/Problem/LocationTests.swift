@testable import LinliEngine
import LinliModel
import Testing

/// The solver's cached-cosine distance is the model's haversine to the bit, so its travel minutes are the checker's.
@Suite struct LocationTests {
    @Test func agreesWithGeoPointBitForBit() {
        var rng = SeededGenerator(seed: 3)
        for _ in 0..<2000 {
            let a = GeoPoint(lat: .random(in: 29.9...30.6, using: &rng), lon: .random(in: 119.8...120.5, using: &rng))
            let b = GeoPoint(lat: .random(in: 29.9...30.6, using: &rng), lon: .random(in: 119.8...120.5, using: &rng))
            #expect(Location(a).distance(to: Location(b)) == a.distance(to: b))
        }
    }
}
