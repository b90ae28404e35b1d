import Foundation
import LinliEngine
import LinliKit
import LinliModel
import LinliTestSupport
import Testing

/// `coverage simulate` keeps the week's pins, stored and from --pins, in both rosters, as `roster` does.
@Suite struct CoverageSimulationPinTests {
    /// The standard district plus employee W3, and a far point N1 (5 km east, 500 m radius) to simulate.
    static func fixture() throws -> (kit: KitFixture, points: String) {
        let kit = try KitFixture(DistrictBuilder().addingWorker("W3").build())
        _ = try kit.workspace.importDataset(from: [kit.datasetPath])
        let far = Fixtures.place(east: 5_000)
        let points = kit.folder.path("new.csv")
        try Data("point_id,name,community_id,lat,lon,radius_m,enterprise_ids\nN1,新网点,C1,\(far.lat),\(far.lon),500,E1\n".utf8)
            .write(to: URL(fileURLWithPath: points))
        return (kit, points)
    }

    static let monday = Fixtures.day(1)

    @Test func storedPinsAreKeptAndAFileOfPinsIsNotStored() throws {
        let (kit, points) = try Self.fixture()
        let request = CoverageSimulationRequest(week: Fixtures.week, pointsFile: points, options: KitFixture.quick)
        #expect(try kit.workspace.simulateCoverage(request).pinCount == 0)

        let pinsFile = kit.folder.path("pins.csv")
        try Data("demand_id,date,worker_id,start\nD1,\(Self.monday),W3,09:00\n".utf8).write(to: URL(fileURLWithPath: pinsFile))
        var withFile = request
        withFile.pinsFile = pinsFile
        let outcome = try kit.workspace.simulateCoverage(withFile)
        #expect(outcome.pinCount == 1 && outcome.lines.contains("1 pin(s) kept in both rosters"))
        #expect(try kit.workspace.pins(week: Fixtures.week).isEmpty)

        try kit.workspace.addPin(Pin(demandID: "D1", date: Self.monday, workerID: "W3", start: Fixtures.time("09:00")))
        #expect(try kit.workspace.simulateCoverage(request).pinCount == 1)
    }

    /// Moving the pinned worker to a point out of the household's reach breaks the pin in the "after"
    /// roster: the pin is applied there, and the simulation says which rule it breaks.
    @Test func aStoredPinThatTheChangesBreakIsReported() throws {
        let (kit, points) = try Self.fixture()
        try kit.workspace.addPin(Pin(demandID: "D1", date: Self.monday, workerID: "W3"))
        let staff = kit.folder.path("staff.csv")
        try Data("worker_id,point_id\nW3,N1\n".utf8).write(to: URL(fileURLWithPath: staff))
        let request = CoverageSimulationRequest(week: Fixtures.week, pointsFile: points, staffFile: staff, options: KitFixture.quick)
        let error = try #require(throws: PinError.self) { try kit.workspace.simulateCoverage(request) }
        #expect(error.pin.workerID == "W3")
    }

    /// "before" is the roster `linli roster` publishes with the same pins and options.
    @Test(arguments: ["W1", "W3"])
    func beforeMatchesThePublishedRoster(worker: String) throws {
        let (kit, points) = try Self.fixture()
        try kit.workspace.addPin(Pin(demandID: "D1", date: Self.monday, workerID: worker, start: Fixtures.time("09:00")))
        let published = try kit.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick)).roster
        let outcome = try kit.workspace.simulateCoverage(
            CoverageSimulationRequest(week: Fixtures.week, pointsFile: points, options: KitFixture.quick))
        #expect(outcome.beforeSummary.parts == published.summary.parts)
    }
}
