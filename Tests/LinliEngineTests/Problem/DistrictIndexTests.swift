@testable import LinliEngine
import LinliModel
import LinliSynth
import LinliTestSupport
import Testing

/// The week's lookups: the points within reach of each household and the week's cancelled visits, each
/// against its plain definition.
@Suite struct DistrictIndexTests {
    /// Searching the points in a latitude band finds exactly the points whose radius holds the household,
    /// ascending, as testing every point does.
    @Test(arguments: [(Tier.small, UInt64(1)), (.medium, 2)])
    func reachIsEveryPointWhoseRadiusHoldsTheHousehold(_ tier: Tier, _ seed: UInt64) {
        let dataset = Fixtures.generated(tier, seed: seed)
        let index = DistrictIndex(dataset: dataset, week: Fixtures.week)
        var reached = 0
        for (h, household) in dataset.households.enumerated() {
            let expected = dataset.servicePoints.indices.filter {
                dataset.servicePoints[$0].location.distance(to: household.location) <= dataset.servicePoints[$0].radiusMeters
            }
            #expect(index.reachingPoints[h] == expected, "household \(household.id)")
            reached += expected.count
        }
        #expect(reached > dataset.households.count / 2, "too few households within reach to test anything")
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
