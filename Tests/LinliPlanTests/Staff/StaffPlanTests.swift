import LinliModel
import LinliPlan
import LinliTestSupport
import Testing

@Suite struct StaffPlanTests {
    /// The standard district plus a new point `P9` 3 km east where `E1` operates.
    static let district = DistrictBuilder().addingPoint("P9", east: 3_000).build()

    @Test func movesAWorkerAndHiresValidEmployees() throws {
        let plan = StaffPlan(
            moves: [.init(workerID: "W1", pointID: "P9", line: 2)],
            hires: [.init(enterpriseID: "E1", pointID: "P9", skills: [Skill(category: .elderCare, level: 2)], count: 2, line: 3)])
        let out = try plan.apply(to: Self.district, week: Fixtures.week)
        #expect(out.workers.first { $0.id == "W1" }?.pointID == "P9")
        let hires = out.workers.filter { $0.id.hasPrefix("P9-NEW") }
        #expect(hires.map(\.id) == ["P9-NEW1", "P9-NEW2"])
        for w in hires {
            #expect(w.home == Self.district.servicePoints[1].location)
            #expect(w.employment == .employee)
            #expect(w.healthScope == .enhanced)
            #expect(w.shiftPatternID == "DAY")
            for day in Fixtures.week.days {
                #expect(w.certificateUntil! >= day)
                #expect((0...364).contains(day.days(since: w.healthCheckedOn)))
                #expect((0...729).contains(day.days(since: w.trainedOn)))
            }
        }
    }

    @Test func refusesUnknownIdsAndEnterprisesNotAtThePoint() {
        let cleaning = [Skill(category: .cleaning, level: 1)]
        let plan = StaffPlan(
            moves: [.init(workerID: "W7", pointID: "P9", line: 2)],
            hires: [
                .init(enterpriseID: "E9", pointID: "P9", skills: cleaning, count: 1, line: 3),
                .init(enterpriseID: "E1", pointID: "P404", skills: cleaning, count: 1, line: 4),
            ])
        let district = Self.district
        #expect(throws: DiagnosticsError.self) { try plan.apply(to: district, week: Fixtures.week) }
        do {
            _ = try plan.apply(to: district, week: Fixtures.week)
        } catch {
            #expect(error.diagnostics.map(\.line) == [2, 3, 4])
            #expect(error.diagnostics.map(\.column) == ["worker_id", "enterprise_id", "point_id"])
        }
        let notThere = DistrictBuilder().addingEnterprise("E2").addingPoint("P9", east: 3_000).build()
        #expect(throws: DiagnosticsError.self) {
            try StaffPlan(hires: [.init(enterpriseID: "E2", pointID: "P9", skills: cleaning, count: 1, line: 2)])
                .apply(to: notThere, week: Fixtures.week)
        }
    }
}
