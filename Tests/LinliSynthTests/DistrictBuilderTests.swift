import LinliModel
import LinliSynth
import LinliTestSupport
import Testing

@Suite struct DistrictBuilderTests {
    func probe(_ b: DistrictBuilder) -> SupplyProbe { SupplyProbe(b.build(), week: Fixtures.week) }

    @Test func theStandardDistrictIsFullyServable() {
        let d = DistrictBuilder().build()
        #expect(d.demands.count == 1 && d.workers.count == 1 && d.servicePoints.count == 1)
        let h = d.households[0].location.distance(to: d.servicePoints[0].location)
        #expect(abs(h - 500) < 1)
        #expect(probe(DistrictBuilder()).greedyFill == 1)
    }

    static let breakages: [(DistrictBuilder, UnmetReason)] = [
        (DistrictBuilder().worker { $0.certificateUntil = Fixtures.day(1).adding(days: -1) }, .noQualifiedWorker),
        (DistrictBuilder().worker { $0.employment = .intermediary }, .noQualifiedWorker),
        (DistrictBuilder().enterprise { $0.credit = .dishonest }, .noQualifiedWorker),
        (DistrictBuilder().worker { $0.skills = [Skill(category: .cleaning, level: 1)] }.menuItem { $0.skillLevel = 2 }, .noQualifiedWorker),
        (DistrictBuilder().demand { $0.maxPrice = Fen(9_000) }, .overBudget),
        (DistrictBuilder().household { $0.location = Fixtures.place(east: 2_500) }, .noMenu),
        (DistrictBuilder().menuItem { $0.mode = .order }, .noMenu),
        (DistrictBuilder().demand { $0.weekdays = [6] }, .noTime),
        (DistrictBuilder().demand { ($0.windowStart, $0.windowEnd) = (Fixtures.time("08:00"), Fixtures.time("10:00")) }, .noTime),
    ]

    @Test(arguments: breakages)
    func oneTweakBreaksOneRule(breakage: (DistrictBuilder, UnmetReason)) {
        let p = probe(breakage.0)
        #expect(p.greedyFill == 0)
        #expect(p.lost.keys.sorted() == [breakage.1])
    }

    @Test func addingSecondsCopiesTheStandardEntities() {
        let d = DistrictBuilder()
            .addingEnterprise("E2").addingMenuItem("CLN", enterprise: "E2") { $0.price = Fen(4_000) }
            .addingWorker("W2") { $0.enterpriseID = "E2" }
            .addingHousehold("H2", east: -300).addingDemand("D2", household: "H2")
            .addingShift("ROT", cycleWeek: 1, weekdays: 2...6, from: "10:00", to: "19:00")
            .build()
        #expect(d.servicePoints[0].enterpriseIDs == ["E1", "E2"])
        #expect(d.workers.map(\.id) == ["W1", "W2"] && d.workers[1].enterpriseID == "E2")
        #expect(d.shiftPatterns.map(\.id) == ["DAY", "ROT"])
        #expect(invariantViolations(of: d) == [])
        #expect(SupplyProbe(d, week: Fixtures.week).greedyFill == 1)
    }

    @Test func fixturesNameTheDefaultWeek() {
        #expect(Fixtures.week.description == "2026-W48")
        #expect(Fixtures.day(1).description == "2026-11-23" && Fixtures.day(7).weekday == 7)
    }
}
