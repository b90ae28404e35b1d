import Foundation
import LinliKit
import LinliModel
import LinliTestSupport
import Testing

@Suite struct CoverageSimulationTests {
    /// A new point 2 km from the existing one, staffed by one moved worker and two hires.
    static func request(_ fixture: CoverageFixture) throws -> CoverageSimulationRequest {
        let far = fixture.dataset.households.max { a, b in
            a.location.distance(to: fixture.dataset.servicePoints[0].location) < b.location.distance(to: fixture.dataset.servicePoints[0].location)
        }!
        let worker = fixture.dataset.workers[0]
        let points = try fixture.writePoints("new.csv", ["N1,新网点,\(far.communityID),\(far.location.lat),\(far.location.lon),1500,\(worker.enterpriseID)"])
        let staff = try fixture.write("staff.csv", """
            worker_id,enterprise_id,point_id,skills,count
            \(worker.id),,N1,,
            ,\(worker.enterpriseID),N1,cleaning:3;cooking:2,2
            """)
        return CoverageSimulationRequest(
            week: Fixtures.week, pointsFile: points, staffFile: staff, mapPath: fixture.kit.folder.path("sim.svg"), options: KitFixture.quick)
    }

    @Test func simulateNeverWritesTheDatabase() throws {
        let fixture = try CoverageFixture()
        _ = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick))
        let bytes = try fixture.kit.databaseBytes()
        let stored = try fixture.workspace.dataset()

        let outcome = try fixture.workspace.simulateCoverage(try Self.request(fixture))

        #expect(try fixture.kit.databaseBytes() == bytes)
        #expect(try fixture.workspace.dataset() == stored)
        #expect(outcome.hiredWorkers == 2 && outcome.movedWorkers == 1)
        #expect(FileManager.default.fileExists(atPath: fixture.kit.folder.path("sim.svg")))
    }

    @Test func theNewPointRaisesReach() throws {
        let fixture = try CoverageFixture()
        let outcome = try fixture.workspace.simulateCoverage(try Self.request(fixture))
        let before = try #require(outcome.before.listedReach), after = try #require(outcome.after.listedReach)
        #expect(after > before)
        #expect(outcome.beforeSummary.assignedVisits + outcome.beforeSummary.unmetVisits
            == outcome.afterSummary.assignedVisits + outcome.afterSummary.unmetVisits)
        #expect(outcome.lines.contains { $0.hasPrefix("district") })
    }

    @Test func aNewPointWithAnExistingIdIsRefused() throws {
        let fixture = try CoverageFixture()
        let p = fixture.dataset.servicePoints[0]
        let file = try fixture.writePoints("dup.csv", ["\(p.id),重复,\(p.communityID),\(p.location.lat),\(p.location.lon),900,\(p.enterpriseIDs[0])"])
        #expect(throws: DiagnosticsError.self) {
            try fixture.workspace.simulateCoverage(CoverageSimulationRequest(week: Fixtures.week, pointsFile: file, options: KitFixture.quick))
        }
    }
}
