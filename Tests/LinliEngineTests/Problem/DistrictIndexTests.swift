@testable import LinliEngine
import LinliModel
import LinliSynth
import LinliTestSupport
import Testing

/// The week's lookups: the points within reach of each household and the week's cancelled visits, each
/// against its plain definition.
@Suite struct DistrictIndexTests {
    /// Expects the index's points within reach of each household to be exactly those a plain scan of every
    /// point finds, ascending, and enough of them to test anything.
    static func expectReachIsEveryPointWhoseRadiusHolds(_ dataset: Dataset) {
        let index = DistrictIndex(dataset: dataset, week: Fixtures.week)
        var reached = 0
        for (h, household) in dataset.households.enumerated() {
            let expected = dataset.servicePoints.indices.filter {
                dataset.servicePoints[$0].location.distance(to: household.location) <= dataset.servicePoints[$0].radiusMeters
            }
            #expect(index.reachingPoints[h] == expected, "household \(household.id) at \(household.location)")
            reached += expected.count
        }
        #expect(reached > dataset.households.count / 2, "too few households within reach to test anything")
    }

    /// Searching the points in a latitude band finds exactly the points whose radius holds the household,
    /// ascending, as testing every point does.
    @Test(arguments: [(Tier.small, UInt64(1)), (.medium, 2)])
    func reachIsEveryPointWhoseRadiusHoldsTheHousehold(_ tier: Tier, _ seed: UInt64) {
        let dataset = Fixtures.generated(tier, seed: seed)
        Self.expectReachIsEveryPointWhoseRadiusHolds(dataset)
    }

    /// The same holds for a district moved onto the 180° meridian (longitudes wrap from 180 to −180) and for
    /// one moved next to the North Pole (a degree of longitude there is a few hundred metres).
    @Test(arguments: [(nil, 180.0), (89.5, nil)] as [(Double?, Double?)])
    func reachHoldsAcrossTheAntimeridianAndNearAPole(_ latitude: Double?, _ longitude: Double?) {
        var dataset = Fixtures.generated(.small, seed: 1)
        let center = dataset.servicePoints[0].location
        /// Moves `p` so that the first point lands on the given latitude or longitude.
        func moved(_ p: GeoPoint) -> GeoPoint {
            var lon = longitude.map { p.lon - center.lon + $0 } ?? p.lon
            if lon > 180 { lon -= 360 }
            return GeoPoint(lat: latitude.map { p.lat - center.lat + $0 } ?? p.lat, lon: lon)
        }
        for i in dataset.servicePoints.indices { dataset.servicePoints[i].location = moved(dataset.servicePoints[i].location) }
        for i in dataset.households.indices { dataset.households[i].location = moved(dataset.households[i].location) }
        Self.expectReachIsEveryPointWhoseRadiusHolds(dataset)
        if longitude != nil {
            #expect(dataset.households.contains { $0.location.lon < 0 } && dataset.households.contains { $0.location.lon > 0 })
        }
    }

    /// The week's cancelled visits are those of all cancellations dated in the week.
    @Test func cancelledVisitsAreThoseOfTheWeek() {
        var dataset = Fixtures.generated(.small, seed: 1)
        let demand = dataset.demands[0].id, worker = dataset.workers[0].id
        for (offset, status): (Int, ServiceStatus) in [(2, .householdCancelled), (-5, .householdCancelled), (3, .done)] {
            dataset.serviceRecords.append(
                ServiceRecord(demandID: demand, date: Fixtures.week.monday.adding(days: offset), workerID: worker, status: status))
        }
        let week = dataset.cancelledVisits(in: Fixtures.week)
        #expect(week == dataset.cancelledVisits.filter { Fixtures.week.contains($0.date) })
        #expect(week.contains(VisitKey(demandID: demand, date: Fixtures.week.monday.adding(days: 2))))
        #expect(!week.contains(VisitKey(demandID: demand, date: Fixtures.week.monday.adding(days: -5))))
        #expect(DistrictIndex(dataset: dataset, week: Fixtures.week).cancelled == week)
    }
}
