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

    @Test func aPinOnADayWithoutAVisitSaysSoInWords() throws {
        let fixture = try Self.fixture()
        let pin = Pin(demandID: "D1", date: Fixtures.day(2), workerID: "W1")
        let error = try #require(throws: KitError.self) { try fixture.workspace.addPin(pin) }
        #expect(error == .pinRefused(pin: pin, reason: "demand D1 has no visit on \(Fixtures.day(2)) (its visits: \(Self.monday))"))
        #expect(!error.description.contains("rule"))
    }

    @Test(arguments: [
        (Pin(demandID: "D9", date: Fixtures.day(1), workerID: "W1"), "there is no demand D9"),
        (Pin(demandID: "D1", date: Fixtures.day(1), workerID: "W9"), "there is no worker W9"),
    ])
    func aPinNamingWhatDoesNotExistSaysSo(pin: Pin, reason: String) throws {
        let fixture = try Self.fixture()
        #expect(throws: KitError.pinRefused(pin: pin, reason: reason)) { try fixture.workspace.addPin(pin) }
        #expect(try fixture.workspace.pins(week: Fixtures.week).isEmpty)
    }

    @Test func everyProblemOfAPinsFileIsReportedAtItsLineAndNothingIsStored() throws {
        let district = DistrictBuilder()
            .addingWorker("W2") { $0.employment = .intermediary }
            .addingDemand("D2")
            .build()
        let fixture = try KitFixture(district)
        _ = try fixture.workspace.importDataset(from: [fixture.datasetPath])
        let path = fixture.folder.path("pins.csv")
        let monday = Self.monday, tuesday = Fixtures.day(2)
        try """
            demand_id,date,worker_id
            D9,\(monday),W1
            D2,\(monday),W9
            D1,\(tuesday),W1
            D1,\(monday),W2
            """.write(toFile: path, atomically: true, encoding: .utf8)
        let error = try #require(throws: DiagnosticsError.self) {
            try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick, pinsFile: path))
        }
        #expect(error.errors.map { "\($0.file):\($0.line): \($0.column)" } == [
            "pins.csv:2: demand_id", "pins.csv:3: worker_id", "pins.csv:4: date", "pins.csv:5: ",
        ])
        #expect(error.errors.last?.message.hasPrefix("breaks rule 1:") == true)
        #expect(try fixture.workspace.pins(week: Fixtures.week).isEmpty)
        #expect(try fixture.workspace.runLines(week: nil) == ["no runs stored"])
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
