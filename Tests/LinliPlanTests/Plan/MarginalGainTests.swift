import LinliModel
import LinliPlan
import LinliTestSupport
import Testing

@Suite struct MarginalGainTests {
    /// Households of weight 5 (reached by sites 0 and 1), 3 (site 1) and 4 (site 2); site 3 reaches nothing.
    static let instance = CoveringInstance(
        candidateCount: 4, weights: [5, 3, 4], covererStart: [0, 2, 3, 4], coverers: [0, 1, 1, 2], fixedWeight: 0, totalWeight: 12)

    @Test func gainsFollowTheGreedyOrderAndSumToTheValue() {
        let gains = Self.instance.marginalGains(of: [0, 1, 2, 3])
        #expect(gains.map(\.candidate) == [1, 2, 0, 3])
        #expect(gains.map(\.gain) == [8, 4, 0, 0])
        #expect(gains.reduce(0) { $0 + $1.gain } == Self.instance.value(of: [0, 1, 2, 3]))
    }

    @Test func aLoneSiteGainsAllItReaches() {
        #expect(Self.instance.marginalGains(of: [0]).map(\.gain) == [5])
        #expect(Self.instance.marginalGains(of: []).isEmpty)
    }

    @Test func aPlanReportsTheSitesThatAddNothing() {
        let district = DistrictBuilder().build()
        let point = district.servicePoints[0]
        var twin = point
        twin.id = "X1"
        var far = point
        far.id = "X2"
        far.location = GeoPoint(lat: point.location.lat + 1, lon: point.location.lon)
        let plan = CoveragePlan(dataset: district, week: Fixtures.week, candidates: [twin, far], k: 2, weight: .households)
        #expect(Set(plan.gains.map(\.id)) == Set(plan.chosenIDs))
        #expect(plan.gains.allSatisfy { $0.addsNothing })
        #expect(plan.gains.reduce(0) { $0 + $1.gain } == plan.coveredWeight - plan.existingCoveredWeight)
    }
}
