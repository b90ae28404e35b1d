import LinliModel
import Testing

/// The one haversine of the package against values computed independently (a Python transcription of the
/// formula with R = 6371008.8 m, run once).
@Suite struct GeoPointTests {
    @Test func knownDistances() {
        let westLake = GeoPoint(lat: 30.2590, lon: 120.1490)
        let stationEast = GeoPoint(lat: 30.2907, lon: 120.2128)
        #expect(abs(westLake.distance(to: stationEast) - 7_068.337_352_784_615) < 1e-6)
        #expect(westLake.distance(to: westLake) == 0)
        // Antipodes: half the circumference, with the term clamped at 1.
        let north = GeoPoint(lat: 90, lon: 0), south = GeoPoint(lat: -90, lon: 0)
        #expect(abs(north.distance(to: south) - Double.pi * GeoPoint.earthRadiusMeters) < 1e-6)
    }

    /// The pieces compose to `distance(to:)` exactly, the way the engine and the planner use them.
    @Test func piecesComposeToTheDistanceBitForBit() {
        var rng = SeededGenerator(seed: 11)
        for _ in 0..<1000 {
            let a = GeoPoint(lat: .random(in: -80...80, using: &rng), lon: .random(in: -180...180, using: &rng))
            let b = GeoPoint(lat: a.lat + .random(in: -0.5...0.5, using: &rng), lon: a.lon + .random(in: -0.5...0.5, using: &rng))
            let term = GeoPoint.haversine(
                a.lat, a.lon, cosLat: GeoPoint.cosLatitude(a.lat), b.lat, b.lon, otherCosLat: GeoPoint.cosLatitude(b.lat))
            #expect(GeoPoint.meters(haversine: term) == a.distance(to: b))
        }
    }
}
