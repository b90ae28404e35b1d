import LinliModel
import Testing

/// The health-check and training windows: the paper's own date and 364 (729) days after count, no more.
@Suite struct WorkerPapersTests {
    static let paper = Day(year: 2025, month: 3, day: 1)!

    static func worker() -> Worker {
        Worker(
            id: "W1", enterpriseID: "E1", employment: .employee, name: "王", home: GeoPoint(lat: 30, lon: 120), pointID: "P1",
            skills: [], certificateUntil: nil, healthCheckedOn: paper, healthScope: .basic, trainedOn: paper,
            credit: .good, shiftPatternID: "S1"
        )
    }

    @Test(arguments: [(-1, false, false), (0, true, true), (364, true, true), (365, false, true), (729, false, true), (730, false, false)])
    func windows(_ offset: Int, _ healthy: Bool, _ trained: Bool) {
        let day = Self.paper.adding(days: offset)
        #expect(Self.worker().hasCurrentHealthCheck(on: day) == healthy)
        #expect(Self.worker().hasCurrentTraining(on: day) == trained)
    }
}
