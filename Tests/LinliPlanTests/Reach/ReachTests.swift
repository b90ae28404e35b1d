import LinliModel
import LinliPlan
import LinliTestSupport
import Testing

@Suite struct ReachTests {
    /// `P1` at the origin with `E1`; `H1` 500 m east (the builder's), `H2` placed by the test.
    func district(h2: GeoPoint, radius: (Double) -> Double) -> Dataset {
        DistrictBuilder()
            .addingHousehold("H2", east: 0) { $0.location = h2 }
            .point { $0.radiusMeters = radius($0.location.distance(to: h2)) }
            .build()
    }

    @Test func aHouseholdExactlyOnTheRadiusIsReached() {
        let reach = Reach(dataset: district(h2: Fixtures.place(east: 1_500, north: 700)) { $0 })
        #expect(reach.reached == [true, true])
    }

    @Test func aHouseholdJustOutsideTheRadiusIsNot() {
        let reach = Reach(dataset: district(h2: Fixtures.place(east: 1_500, north: 700)) { $0.nextDown })
        #expect(reach.reached == [true, false])
    }

    @Test func aPointWithOnlyADishonestEnterpriseReachesNobody() {
        let dataset = DistrictBuilder().enterprise { $0.credit = .dishonest }.build()
        let reach = Reach(dataset: dataset)
        #expect(reach.reached == [false])
        #expect(reach.activePointIDs.isEmpty)
    }

    @Test func oneHonestEnterpriseAmongDishonestOnesIsEnough() {
        let dataset = DistrictBuilder()
            .enterprise { $0.credit = .dishonest }
            .addingEnterprise("E2") { $0.credit = .warned }
            .build()
        #expect(Reach(dataset: dataset).reached == [true])
    }

    @Test func aPointWithNoEnterpriseReachesNobody() {
        let dataset = DistrictBuilder().point { $0.enterpriseIDs = [] }.build()
        #expect(Reach(dataset: dataset).reached == [false])
    }

    @Test func aHouseholdOfAnotherCommunityCountsWhereverThePointIs() {
        let dataset = DistrictBuilder()
            .with { $0.communities.append(Community(id: "C2", name: "二", location: Fixtures.place(east: 3_000), households: 10)) }
            .addingHousehold("H2", east: 1_800) { $0.communityID = "C2" }
            .build()
        let report = CoverageReport(dataset: dataset, week: Fixtures.week, roster: nil)
        #expect(report.communities.map(\.reach) == [1, 1])
    }
}
