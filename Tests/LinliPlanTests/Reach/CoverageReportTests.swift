import LinliModel
import LinliPlan
import LinliTestSupport
import Testing

@Suite struct CoverageReportTests {
    /// C1 (official 100 households): H1 reached, H2 4 km east not; C2 (official 300): H3 reached.
    static let district = DistrictBuilder()
        .with { $0.communities.append(Community(id: "C2", name: "二", location: Fixtures.place(north: 500), households: 300)) }
        .addingHousehold("H2", east: 4_000)
        .addingHousehold("H3", east: 0, north: 800) { $0.communityID = "C2"; $0.priorityGroup = .elderlyAlone }
        .addingDemand("D2", household: "H2")
        .addingDemand("D3", household: "H3") { $0.weekdays = [1, 3] }
        .build()

    static func row(_ demand: String, _ weekday: Int) -> Assignment {
        Assignment(
            demandID: demand, date: Fixtures.day(weekday), start: Fixtures.time("09:00"), end: Fixtures.time("11:00"),
            workerID: "W1", enterpriseID: "E1", itemCode: "CLN", price: Fen(10_000))
    }

    static let roster = Roster(
        week: Fixtures.week, options: RunOptions(), assignments: [row("D1", 1), row("D3", 3)],
        unmet: [UnmetVisit(demandID: "D2", date: Fixtures.day(1), reason: .noMenu), UnmetVisit(demandID: "D3", date: Fixtures.day(1), reason: .outcompeted)],
        summary: RosterSummary(week: Fixtures.week, parts: ScoreBreakdown(), assignedVisits: 2, unmetVisits: 2, demandedWeightedMinutes: 720, unmetByReason: [:]))

    @Test func reachPerCommunityAndDistrictWeightedByOfficialHouseholds() {
        let report = CoverageReport(dataset: Self.district, week: Fixtures.week, roster: nil)
        #expect(report.communities.map(\.reach) == [0.5, 1])
        let expected: Double = (100 * 0.5 + 300 * 1) / 400
        #expect(report.districtReach == expected)
        #expect(report.listedReach == 2.0 / 3)
        #expect(report.communities.allSatisfy { $0.service == nil })
    }

    @Test func serviceIsTheFillRateOfTheCommunitysDemand() {
        let report = CoverageReport(dataset: Self.district, week: Fixtures.week, roster: Self.roster)
        let c1 = report.communities[0], c2 = report.communities[1]
        #expect(c1.demandedWeightedMinutes == 240)
        #expect(c1.service == 0.5)
        #expect(c2.demandedWeightedMinutes == 2 * 2 * 120)
        #expect(c2.service == 0.5)
        #expect(c1.unmetByReason == [.noMenu: 1])
        #expect(c2.mainUnmetReasons.map(\.reason) == [.outcompeted])
        #expect(report.districtService == 0.5)
    }

    @Test func communitiesBelowTargetAreListedLowestReachFirst() {
        let report = CoverageReport(dataset: Self.district, week: Fixtures.week, roster: nil)
        #expect(report.below(0.9).map(\.communityID) == ["C1"])
        #expect(report.below(0.4).isEmpty)
    }

    @Test func aCommunityWithoutListedHouseholdsHasNoReachAndNoWeight() {
        var dataset = Self.district
        dataset.communities.append(Community(id: "C3", name: "三", location: Fixtures.place(), households: 5_000))
        let report = CoverageReport(dataset: dataset, week: Fixtures.week, roster: nil)
        let expected: Double = (100 * 0.5 + 300 * 1) / 400
        #expect(report.communities[2].reach == nil)
        #expect(report.districtReach == expected)
    }
}
