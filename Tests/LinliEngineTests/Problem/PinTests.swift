import LinliEngine
import LinliModel
import LinliTestSupport
import Testing

/// Pins are kept when possible; an impossible pin is a `PinError` naming the rule it breaks.
@Suite struct PinTests {
    static let monday = Fixtures.monday

    /// `D1` may be served 08:00-16:00 (order mode); `W2`, living 1 km farther out than `W1`, could serve it too.
    static let district = DistrictBuilder()
        .demand {
            $0.mode = .order
            $0.windowStart = Fixtures.time("08:00")
            $0.windowEnd = Fixtures.time("16:00")
        }
        .addingWorker("W2") { $0.home = Fixtures.place(east: -2_000) }

    static func pin(_ demand: String = "D1", _ weekday: Int = 1, to worker: String, at start: String? = nil) -> Pin {
        Pin(demandID: demand, date: Fixtures.day(weekday), workerID: worker, start: start.map(Fixtures.time))
    }

    @Test func unpinnedTheNearerWorkerServes() {
        #expect(SolverRun(Self.district).row()?.workerID == "W1")
    }

    @Test(arguments: [nil, "09:00", "13:00", "14:00"])
    func feasiblePinIsKept(_ start: String?) throws {
        let run = try SolverRun(Self.district.build(), pins: [Self.pin(to: "W2", at: start)])
        let row = try #require(run.row())
        #expect(row.workerID == "W2")
        if let start { #expect(row.start == Fixtures.time(start)) }
        #expect(run.check().isValid)
    }

    /// A pin beats the score: `D1` is kept although the weightier `D2` wanted the same slot of the only worker.
    @Test func pinOutranksAWeightierVisit() throws {
        let district = DistrictBuilder()
            .addingHousehold("H2", east: 500, north: 300) { $0.priorityGroup = .disabled }
            .addingDemand("D2", household: "H2")
        #expect(SolverRun(district).row("D2")?.workerID == "W1")
        let run = try SolverRun(district.build(), pins: [Self.pin(to: "W1")])
        #expect(run.row("D1")?.workerID == "W1")
        #expect(run.reason("D2") == .outcompeted)
        #expect(run.check().isValid)
    }

    struct Impossible: Sendable, CustomTestStringConvertible {
        let name: String
        let rule: Int
        let district: DistrictBuilder
        let pins: [Pin]
        var testDescription: String { "rule \(rule): \(name)" }
    }

    static let impossible: [Impossible] = [
        Impossible(name: "intermediary worker", rule: 1, district: district.worker("W2") { $0.employment = .intermediary }, pins: [pin(to: "W2")]),
        Impossible(name: "dishonest worker", rule: 2, district: district.worker("W2") { $0.credit = .dishonest }, pins: [pin(to: "W2")]),
        Impossible(
            name: "expired certificate", rule: 3,
            district: district.worker("W2") { $0.certificateUntil = monday.adding(days: -1) }, pins: [pin(to: "W2")]
        ),
        Impossible(
            name: "health check a year old", rule: 4,
            district: district.worker("W2") { $0.healthCheckedOn = monday.adding(days: -365) }, pins: [pin(to: "W2")]
        ),
        Impossible(name: "skill too low", rule: 6, district: district.menuItem { $0.skillLevel = 4 }, pins: [pin(to: "W2")]),
        Impossible(name: "price over budget", rule: 8, district: district.demand { $0.maxPrice = Fen(9_999) }, pins: [pin(to: "W2")]),
        Impossible(
            name: "worker's point out of reach", rule: 9,
            district: district.addingPoint("P2", east: -3_000).worker("W2") { $0.pointID = "P2" }, pins: [pin(to: "W2")]
        ),
        Impossible(name: "start before the window", rule: 10, district: district, pins: [pin(to: "W1", at: "07:59")]),
        Impossible(name: "end after the window", rule: 10, district: district, pins: [pin(to: "W1", at: "14:01")]),
        Impossible(
            name: "rest day", rule: 11,
            district: district.addingShift("WKD", weekdays: 6...7, from: "08:00", to: "17:00").worker("W2") { $0.shiftPatternID = "WKD" },
            pins: [pin(to: "W2")]
        ),
        Impossible(name: "no time to travel from home", rule: 11, district: district, pins: [pin(to: "W1", at: "08:00")]),
        Impossible(
            name: "two pins overlap", rule: 11, district: district.addingHousehold("H2", east: 500, north: 300).addingDemand("D2", household: "H2"),
            pins: [pin(to: "W1", at: "09:00"), pin("D2", to: "W1")]
        ),
        Impossible(name: "visit longer than the week cap", rule: 12, district: district.worker { $0.maxWeekMinutes = 119 }, pins: [pin(to: "W1")]),
        Impossible(
            name: "pinned minutes over the week cap", rule: 12,
            district: district.demand { $0.weekdays = [1, 2] }.worker { $0.maxWeekMinutes = 200 },
            pins: [pin(to: "W1"), pin("D1", 2, to: "W1")]
        ),
        Impossible(name: "a date with no visit", rule: 13, district: district, pins: [pin("D1", 2, to: "W1")]),
        Impossible(
            name: "a once demand of another week", rule: 13,
            district: district.addingDemand("D2") {
                $0.recurrence = .once
                $0.weekdays = []
                $0.date = monday.adding(days: 7)
            },
            pins: [Pin(demandID: "D2", date: monday.adding(days: 7), workerID: "W1")]
        ),
        Impossible(name: "a visit pinned twice", rule: 13, district: district, pins: [pin(to: "W1"), pin(to: "W2")]),
    ]

    @Test(arguments: impossible)
    func impossiblePinIsAnErrorNamingItsRule(_ c: Impossible) throws {
        let options = RunOptions(seed: 1, timeLimit: 0.01)
        let error = try #require(throws: PinError.self) {
            try Problem(dataset: c.district.build(), week: Fixtures.week, options: options, pins: c.pins)
        }
        #expect(error.rule == c.rule, "\(error)")
        #expect(c.pins.contains(error.pin))
        #expect(!error.message.isEmpty)
    }

    /// Two pins of one worker that follow each other with time to travel are both kept.
    @Test func pinsInSequenceAreKept() throws {
        let district = Self.district.addingHousehold("H2", east: 500, north: 300).addingDemand("D2", household: "H2") {
            $0.windowStart = Fixtures.time("11:30")
            $0.windowEnd = Fixtures.time("13:30")
        }
        let run = try SolverRun(district.build(), pins: [Self.pin(to: "W2", at: "09:00"), Self.pin("D2", to: "W2")])
        #expect(run.row("D1")?.workerID == "W2")
        #expect(run.row("D2")?.workerID == "W2")
        #expect(run.check().isValid)
    }

    /// Pins on two days whose minutes fit the week cap exactly are both kept.
    @Test func pinsUpToTheWeekCapAreKept() throws {
        let district = Self.district.demand { $0.weekdays = [1, 2] }.worker { $0.maxWeekMinutes = 240 }
        let run = try SolverRun(district.build(), pins: [Self.pin(to: "W1"), Self.pin("D1", 2, to: "W1")])
        #expect(run.solution.assignments.map(\.workerID) == ["W1", "W1"])
        #expect(run.check().isValid)
    }
}
