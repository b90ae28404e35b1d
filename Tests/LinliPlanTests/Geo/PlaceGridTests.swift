import LinliModel
import LinliPlan
import LinliTestSupport
import Testing

@Suite struct PlaceGridTests {
    @Test(arguments: 1...10)
    func findsExactlyThePlacesWithinTheRadius(seed: UInt64) {
        var rng = SeededGenerator(seed: seed)
        let places = (0..<800).map { _ in
            Fixtures.place(east: Double.random(in: -6_000...6_000, using: &rng), north: Double.random(in: -6_000...6_000, using: &rng))
        }
        let grid = PlaceGrid(places: places, cellMeters: Double.random(in: 100...2_000, using: &rng))
        for _ in 0..<20 {
            let center = Fixtures.place(east: Double.random(in: -7_000...7_000, using: &rng), north: Double.random(in: -7_000...7_000, using: &rng))
            let radius = Double.random(in: 0...4_000, using: &rng)
            let expected = places.indices.filter { center.distance(to: places[$0]) <= radius }
            #expect(grid.indices(within: radius, of: center) == expected, "seed \(seed)")
        }
    }

    @Test func aPlaceExactlyOnTheRadiusIsInsideAndOneJustBeyondIsNot() {
        let center = Fixtures.place()
        let place = Fixtures.place(east: 1_234.5, north: -321)
        let d = center.distance(to: place)
        let grid = PlaceGrid(places: [place])

        #expect(grid.indices(within: d, of: center) == [0])
        #expect(grid.indices(within: d.nextDown, of: center).isEmpty)
    }

    @Test func worksAcrossTheAntimeridianAndNearAPole() {
        let east = GeoPoint(lat: 10, lon: 179.999), west = GeoPoint(lat: 10, lon: -179.999)
        #expect(PlaceGrid(places: [west]).indices(within: 500, of: east) == [0])
        let north = GeoPoint(lat: 89.999, lon: 0), across = GeoPoint(lat: 89.999, lon: 180)
        #expect(PlaceGrid(places: [across]).indices(within: 500, of: north) == [0])
    }

    @Test func anEmptyGridFindsNothing() {
        #expect(PlaceGrid(places: []).indices(within: 1_000, of: Fixtures.place()).isEmpty)
    }
}
