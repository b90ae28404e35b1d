import LinliModel
import Testing

@Suite struct CreditReviewTests {
    static let first = Day(year: 2026, month: 11, day: 1)!

    static func worker(_ id: String, _ enterprise: String) -> Worker {
        Worker(
            id: id, enterpriseID: enterprise, employment: .employee, name: id, home: GeoPoint(lat: 30, lon: 120),
            pointID: "P1", skills: [], certificateUntil: nil, healthCheckedOn: first, healthScope: .basic,
            trainedOn: first, credit: .good, shiftPatternID: "A")
    }

    static func record(
        _ worker: String, day: Int, _ status: ServiceStatus, complaint: Complaint? = nil, demand: String? = nil
    ) -> ServiceRecord {
        let done = status == .done
        return ServiceRecord(
            demandID: demand ?? "D\(worker)\(day)", date: first.adding(days: day - 1), workerID: worker, status: status,
            started: done ? TimeOfDay(minutes: 480) : nil, ended: done ? TimeOfDay(minutes: 540) : nil,
            price: done ? Fen(5000) : nil, complaint: complaint)
    }

    static let dataset = Dataset(
        enterprises: [
            Enterprise(id: "E1", name: "a", model: .employee, credit: .good),
            Enterprise(id: "E2", name: "b", model: .employee, credit: .warned),
        ],
        workers: [worker("W1", "E1"), worker("W2", "E1"), worker("W3", "E1"), worker("W4", "E2")],
        serviceRecords: [
            record("W1", day: 3, .done, complaint: .serious),
            record("W2", day: 4, .workerNoShow),
            record("W3", day: 5, .workerNoShow),
            record("W3", day: 6, .workerNoShow),
            record("W3", day: 7, .done, complaint: .serious),
            record("W4", day: 5, .workerNoShow),
            record("W4", day: 5, .done, complaint: .minor, demand: "DX"),
            record("W4", day: 20, .workerNoShow),
        ])

    @Test func flagsWorkersAtTheirThresholdsWithTheEvidence() {
        let review = CreditReview(dataset: Self.dataset, from: Self.first, until: Self.first.adding(days: 29))
        #expect(review.workers.map(\.subjectID) == ["W1", "W3", "W4"])
        let w3 = review.workers[1]
        #expect(w3.noShows == 2 && w3.seriousComplaints == 1 && w3.evidence.count == 3)
        #expect(w3.evidence.map(\.date) == w3.evidence.map(\.date).sorted())
        let w4 = review.workers[2]
        #expect(w4.noShows == 2 && w4.credit == .good)
        #expect(!w4.evidence.contains { $0.complaint == .minor })
    }

    @Test func flagsAnEnterpriseAcrossItsWorkers() {
        let review = CreditReview(dataset: Self.dataset, from: Self.first, until: Self.first.adding(days: 29))
        let e1 = review.enterprises.first { $0.subjectID == "E1" }
        #expect(e1 == nil, "E1 has 2 serious complaints and 3 no-shows: below both thresholds")
        var more = Self.dataset
        more.serviceRecords.append(Self.record("W2", day: 9, .done, complaint: .serious))
        let flagged = CreditReview(dataset: more, from: Self.first, until: Self.first.adding(days: 29)).enterprises
        #expect(flagged.map(\.subjectID) == ["E1"])
        #expect(flagged.first?.seriousComplaints == 3 && flagged.first?.evidence.count == 6)
    }

    @Test func onlyRecordsInTheWindowCount() {
        let review = CreditReview(dataset: Self.dataset, from: Self.first, until: Self.first.adding(days: 9))
        #expect(review.workers.map(\.subjectID) == ["W1", "W3"])
        #expect(CreditReview(dataset: Self.dataset, from: Self.first.adding(days: 7), until: Self.first.adding(days: 29)).workers.map(\.subjectID) == [])
    }
}
