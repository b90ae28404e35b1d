import LinliModel
import LinliPlan
import LinliTestSupport
import Testing

@Suite struct StaffPlanTests {
    /// The standard district plus a new point `P9` 3 km east where `E1` operates.
    static let district = DistrictBuilder().addingPoint("P9", east: 3_000).build()

    @Test func readsMovesAndHiresFromOneFile() throws {
        let plan = try StaffPlan(text: """
            worker_id,enterprise_id,point_id,skills,count
            W1,,P9,,
            ,E1,P9,cleaning:3;elder_care:2,2
            """, file: "staff.csv")
        #expect(plan.moves.map(\.workerID) == ["W1"])
        #expect(plan.hires.count == 1)
        #expect(plan.hires[0].skills == [Skill(category: .cleaning, level: 3), Skill(category: .elderCare, level: 2)])
        #expect(plan.hires[0].count == 2)
    }

    @Test func movesAWorkerAndHiresValidEmployees() throws {
        let plan = try StaffPlan(text: "worker_id,enterprise_id,point_id,skills,count\nW1,,P9,,\n,E1,P9,elder_care:2,2\n", file: "staff.csv")
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
        let text = """
            worker_id,enterprise_id,point_id,skills,count
            W7,,P9,,
            ,E9,P9,cleaning:1,1
            ,E1,P404,cleaning:1,1
            """
        let district = Self.district
        #expect(throws: DiagnosticsError.self) { try StaffPlan(text: text, file: "staff.csv").apply(to: district, week: Fixtures.week) }
        do {
            _ = try StaffPlan(text: text, file: "staff.csv").apply(to: district, week: Fixtures.week)
        } catch {
            #expect(error.diagnostics.map(\.line) == [2, 3, 4])
            #expect(error.diagnostics.map(\.column) == ["worker_id", "enterprise_id", "point_id"])
        }
        let notThere = DistrictBuilder().addingEnterprise("E2").addingPoint("P9", east: 3_000).build()
        #expect(throws: DiagnosticsError.self) {
            try StaffPlan(text: "enterprise_id,point_id,skills,count\nE2,P9,cleaning:1,1\n", file: "staff.csv").apply(to: notThere, week: Fixtures.week)
        }
    }

    @Test(arguments: ["cleaning", "cleaning:6", "cooking:2;cooking:3", "dancing:2", ""])
    func refusesMalformedSkills(skills: String) {
        #expect(throws: DiagnosticsError.self) {
            try StaffPlan(text: "enterprise_id,point_id,skills,count\nE1,P9,\(skills),1\n", file: "staff.csv")
        }
    }

    @Test(arguments: ["0", "x", "-2"])
    func refusesABadCount(count: String) {
        #expect(throws: DiagnosticsError.self) {
            try StaffPlan(text: "enterprise_id,point_id,skills,count\nE1,P9,cleaning:2,\(count)\n", file: "staff.csv")
        }
    }

    @Test func refusesAFileWithoutTheColumns() {
        #expect(throws: DiagnosticsError.self) { try StaffPlan(text: "id,where\n1,2\n", file: "staff.csv") }
    }
}
