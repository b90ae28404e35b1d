import LinliModel
import LinliTestSupport
import Testing

/// Utilisation = service minutes ÷ available minutes, over the workers rules 1-2 admit that have any.
@Suite struct WorkloadTests {
    /// W1 works Monday-Friday 08:00-17:00 (2,700 min, capped at 2,640); W2 likewise but is sick Monday-Wednesday
    /// (1,080 min); W3 is an intermediary; W4 has no working day; W5's employer is dishonest.
    static let district = DistrictBuilder()
        .addingWorker("W2")
        .addingWorker("W3") { $0.employment = .intermediary }
        .addingWorker("W4") { $0.shiftPatternID = "NONE" }
        .addingEnterprise("E2") { $0.credit = .dishonest }
        .addingWorker("W5") { $0.enterpriseID = "E2" }
        .with { $0.absences = [Absence(workerID: "W2", from: Fixtures.monday, until: Fixtures.day(3), reason: .sick)] }
        .build()

    static func row(_ worker: String, minutes: Int, on day: Day = Fixtures.day(4)) -> Assignment {
        Assignment(
            demandID: "D1", date: day, start: TimeOfDay(minutes: 480), end: TimeOfDay(minutes: 480 + minutes),
            workerID: worker, enterpriseID: "E1", itemCode: "CLN", price: Fen(0))
    }

    static let rows = [row("W1", minutes: 200), row("W1", minutes: 64, on: Fixtures.monday), row("W2", minutes: 540), row("W5", minutes: 60)]

    @Test func meanAndPopulationDeviationOverAdmittedWorkersWithAvailableMinutes() {
        let w = Workload(dataset: Self.district, week: Fixtures.week, includeIntermediary: false, assignments: Self.rows)
        // W1: 264 / 2,640 = 0.1; W2: 540 / 1,080 = 0.5.
        #expect(abs(w.utilisationMean - 0.3) < 1e-12)
        #expect(abs(w.utilisationSD - 0.2) < 1e-12)
    }

    @Test func eachCountedWorkerHasHisFiguresByID() {
        let w = Workload(dataset: Self.district, week: Fixtures.week, includeIntermediary: false, assignments: Self.rows)
        #expect(w.byWorker == [
            WorkerUtilisation(workerID: "W1", serviceMinutes: 264, availableMinutes: 2_640),
            WorkerUtilisation(workerID: "W2", serviceMinutes: 540, availableMinutes: 1_080),
        ])
        #expect(w.busiest(1).map(\.workerID) == ["W2"])
        #expect(w.idlest(5).map(\.workerID) == ["W1", "W2"])
    }

    /// Ties in utilisation list by worker id, both ways.
    @Test func tiesAreListedByWorkerID() {
        let w = Workload(dataset: Self.district, week: Fixtures.week, includeIntermediary: true, assignments: [])
        #expect(w.busiest(2).map(\.workerID) == ["W1", "W2"])
        #expect(w.idlest(2).map(\.workerID) == ["W1", "W2"])
        // The summary's two lists never name one worker twice, even when every worker ties.
        #expect(w.extremes(3).busiest.map(\.workerID) == ["W1", "W2"])
        #expect(w.extremes(3).idlest.map(\.workerID) == ["W3"])
    }

    @Test func intermediariesCountInARunThatIncludesThem() {
        let w = Workload(dataset: Self.district, week: Fixtures.week, includeIntermediary: true, assignments: Self.rows)
        // W3 joins with 0 / 2,640.
        #expect(abs(w.utilisationMean - 0.2) < 1e-12)
        #expect(abs(w.utilisationSD - (0.14 / 3).squareRoot()) < 1e-12)
    }

    @Test func anAbsenceOutsideTheWeekChangesNothing() {
        var d = Self.district
        d.absences[0].from = Fixtures.monday.adding(days: 7)
        d.absences[0].until = Fixtures.monday.adding(days: 9)
        let w = Workload(dataset: d, week: Fixtures.week, includeIntermediary: false, assignments: Self.rows)
        // W2: 540 / 2,640.
        let rates = [0.1, 540.0 / 2640]
        let mean = (rates[0] + rates[1]) / 2
        #expect(abs(w.utilisationMean - mean) < 1e-12)
        #expect(abs(w.utilisationSD - abs(rates[0] - mean)) < 1e-12)
    }

    @Test func bothFiguresAreZeroWhenNobodyIsCounted() {
        let d = DistrictBuilder().worker { $0.credit = .dishonest }.build()
        #expect(Workload(dataset: d, week: Fixtures.week, includeIntermediary: false, assignments: []) == Workload())
    }
}
