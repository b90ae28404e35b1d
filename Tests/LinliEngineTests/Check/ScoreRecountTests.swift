import LinliEngine
import LinliModel
import Testing

@Suite struct ScoreRecountTests {
    typealias F = CheckFixture

    /// Home → household → home, in kilometres.
    static func roundTripKm(_ h: GeoPoint) -> Double { 2 * F.home.distance(to: h) / 1000 }

    @Test func scorePartsOfTheHandBuiltRoster() {
        let report = F().check()
        let weighted = 1 * 120 + 1 * 120 + 2 * 90 + 2 * 60
        let km = 2 * Self.roundTripKm(F.h1) + 2 * Self.roundTripKm(F.h2)
        #expect(report.recomputed.weightedMinutes == weighted)
        #expect(abs(report.recomputed.routeKm - km) < 1e-9)
        #expect(report.recomputed.continuityDemands == 1)
        #expect(report.recomputed.preferredVisits == 2)
        #expect(abs(report.recomputed.score - (Double(weighted) - 2 * km + 60 + 2 * 30)) < 0.01)
        #expect(report.demandedWeightedMinutes == weighted)
    }

    @Test func routeKmFollowsStartOrderThroughEveryStop() {
        var f = ShiftAndRouteRuleTests.withSecondMondayVisit(at: "H2") { _ in F.clock(12, 0) }
        f.assignments.swapAt(0, 4)
        let monday = (F.home.distance(to: F.h1) + F.h1.distance(to: F.h2) + F.h2.distance(to: F.home)) / 1000
        let others = Self.roundTripKm(F.h1) + 2 * Self.roundTripKm(F.h2)
        #expect(abs(f.check().recomputed.routeKm - (monday + others)) < 1e-9)
    }

    @Test func unassignedVisitsCountOnlyInTheDemand() {
        var f = F()
        f.leaveUnmet("D1", F.wednesday, as: .outcompeted)
        let report = f.check()
        #expect(report.isValid)
        #expect(report.recomputed.weightedMinutes == 120 + 2 * 90 + 2 * 60)
        #expect(report.demandedWeightedMinutes == 2 * 120 + 2 * 90 + 2 * 60)
        #expect(report.recomputed.continuityDemands == 0)
        #expect(report.recomputed.preferredVisits == 1)
    }

    @Test func continuityNeedsOneWorkerForAllVisits() {
        var f = F()
        var w2 = f.dataset.workers[0]
        w2.id = "W2"
        f.dataset.workers.append(w2)
        f.assignments[1].workerID = "W2"
        let report = f.check()
        #expect(report.isValid)
        #expect(report.recomputed.continuityDemands == 0)
        #expect(report.recomputed.preferredVisits == 1)
    }

    @Test func onceDemandsEarnNoContinuity() {
        var f = F()
        f.demand("D2") { $0.preferredWorkerID = "W1" }
        let report = f.check()
        #expect(report.recomputed.continuityDemands == 1)
        #expect(report.recomputed.preferredVisits == 3)
    }

    @Test func aWeekWithoutVisitsDemandsNothing() {
        var f = F()
        f.dataset.demands = []
        f.assignments = []
        let report = f.check()
        #expect(report.isValid)
        #expect(report.demandedWeightedMinutes == 0)
        #expect(report.recomputed == ScoreBreakdown())
    }
}
