import LinliModel
import LinliSynth
import Testing

@Suite struct LocalGridTests {
    @Test(arguments: [(1_000.0, 0.0), (0, 1_000), (-3_000, 4_000), (10_000, -10_000)])
    func metresOnTheGridAreMetresOnTheSphere(offset: (Double, Double)) {
        let grid = LocalGrid.hangzhou
        let p = grid.point(east: offset.0, north: offset.1)
        let expected = (offset.0 * offset.0 + offset.1 * offset.1).squareRoot()
        #expect(abs(p.distance(to: grid.center) - expected) < 0.002 * expected + 0.2)
        let back = grid.offset(of: p)
        #expect(abs(back.east - offset.0) < 0.2 && abs(back.north - offset.1) < 0.2)
    }

    @Test func coordinatesHaveSixDecimals() {
        let p = LocalGrid.hangzhou.point(east: 123.456, north: 789.012)
        #expect((p.lat * 1_000_000).rounded() / 1_000_000 == p.lat)
        #expect((p.lon * 1_000_000).rounded() / 1_000_000 == p.lon)
    }
}
