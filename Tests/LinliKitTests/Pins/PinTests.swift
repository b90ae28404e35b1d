import LinliEngine
import LinliKit
import LinliModel
import LinliTestSupport
import Testing

@Suite struct PinTests {
    /// The standard district plus an intermediary worker W2 and a second employee W3, both able to serve D1.
    static func fixture() throws -> KitFixture {
        let district = DistrictBuilder()
            .addingWorker("W2") { $0.employment = .intermediary }
            .addingWorker("W3")
            .build()
        let fixture = try KitFixture(district)
        _ = try fixture.workspace.importDataset(from: [fixture.datasetPath])
        return fixture
    }

    static let monday = Fixtures.day(1)

    @Test func aPinIsStoredAndKeptByTheRoster() throws {
        let fixture = try Self.fixture()
        for worker in ["W1", "W3"] {
            try fixture.workspace.addPin(Pin(demandID: "D1", date: Self.monday, workerID: worker, start: Fixtures.time("09:00")))
            #expect(try fixture.workspace.pins(week: Fixtures.week).map(\.workerID) == [worker])
            let roster = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick)).roster
            #expect(roster.assignments.map(\.workerID) == [worker])
        }
    }

    @Test func anImpossiblePinNamesItsRuleAndIsNotStored() throws {
        let fixture = try Self.fixture()
        let error = try #require(throws: PinError.self) {
            try fixture.workspace.addPin(Pin(demandID: "D1", date: Self.monday, workerID: "W2"))
        }
        #expect(error.rule == 1)
        #expect(FailureText.lines(for: error) == ["linli: error: \(error)"])
        #expect(try fixture.workspace.pins(week: Fixtures.week).isEmpty)
        try fixture.workspace.addPin(Pin(demandID: "D1", date: Self.monday, workerID: "W2"), includeIntermediary: true)
        #expect(try fixture.workspace.pins(week: Fixtures.week).count == 1)
    }

    @Test func aPinOnADayWithoutAVisitBreaksRule13() throws {
        let fixture = try Self.fixture()
        let error = try #require(throws: PinError.self) {
            try fixture.workspace.addPin(Pin(demandID: "D1", date: Fixtures.day(2), workerID: "W1"))
        }
        #expect(error.rule == 13)
    }

    @Test func pinsOfAFileAreKeptAndStored() throws {
        let fixture = try Self.fixture()
        let path = fixture.folder.path("pins.csv")
        try "demand_id,date,worker_id\nD1,\(Self.monday),W3\n".write(toFile: path, atomically: true, encoding: .utf8)
        let report = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick, pinsFile: path))
        #expect(report.pinCount == 1)
        #expect(report.roster.assignments.map(\.workerID) == ["W3"])
        #expect(try fixture.workspace.pins(week: Fixtures.week) == [Pin(demandID: "D1", date: Self.monday, workerID: "W3")])
    }

    @Test func removingAPinThatIsNotThereIsAnError() throws {
        let fixture = try Self.fixture()
        try fixture.workspace.addPin(Pin(demandID: "D1", date: Self.monday, workerID: "W1"))
        try fixture.workspace.removePin(demandID: "D1", date: Self.monday)
        #expect(try fixture.workspace.pins(week: Fixtures.week).isEmpty)
        #expect(throws: KitError.noPin(demandID: "D1", date: Self.monday)) {
            try fixture.workspace.removePin(demandID: "D1", date: Self.monday)
        }
    }
}
