import LinliKit
import LinliModel
import LinliTestSupport
import Testing

/// Paper states around the 30-day warning, from the windows of `Worker+Papers`.
@Suite struct WorkerPapersTests {
    static let today = Fixtures.monday

    static func worker(certificateUntil: Day?, healthCheckedOn: Day, trainedOn: Day) throws -> Worker {
        var w = try #require(Fixtures.generated(.tiny, seed: 1).workers.first)
        w.certificateUntil = certificateUntil
        w.healthCheckedOn = healthCheckedOn
        w.trainedOn = trainedOn
        return w
    }

    @Test func statesFollowTheLastValidDay() throws {
        let w = try Self.worker(
            certificateUntil: nil,
            healthCheckedOn: Self.today.adding(days: WorkerPapers.warningDays - Worker.healthCheckValidDays),
            trainedOn: Self.today.adding(days: -Worker.trainingValidDays - 1))
        let papers = WorkerPapers(worker: w, on: Self.today)
        #expect(papers.paper(.certificate)?.state == .missing)
        #expect(papers.paper(.healthCheck)?.state == .dueSoon)
        #expect(papers.paper(.healthCheck)?.daysLeft == WorkerPapers.warningDays)
        #expect(papers.paper(.training)?.state == .expired)
        #expect(papers.paper(.training)?.daysLeft == -1)
        #expect(papers.needsAttention)
    }

    @Test func aPaperBeyondTheWarningIsValidAndAgreesWithTheRosterWindows() throws {
        let w = try Self.worker(
            certificateUntil: Self.today.adding(days: WorkerPapers.warningDays + 1),
            healthCheckedOn: Self.today, trainedOn: Self.today.adding(days: -Worker.trainingValidDays))
        let papers = WorkerPapers(worker: w, on: Self.today)
        #expect(papers.paper(.certificate)?.state == .valid)
        #expect(papers.paper(.healthCheck)?.state == .valid)
        #expect(papers.paper(.training)?.state == .dueSoon)
        #expect(w.hasCurrentTraining(on: Self.today) && !w.hasCurrentTraining(on: Self.today.adding(days: 1)))
        #expect(papers.paper(.training)?.daysLeft == 0)
    }
}
