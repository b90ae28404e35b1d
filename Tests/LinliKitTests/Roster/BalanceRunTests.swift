import Foundation
import LinliKit
import LinliModel
import LinliTestSupport
import Testing

/// `--balance` is recorded with the run, and every roster shows each worker's utilisation.
@Suite struct BalanceRunTests {
    @Test func aBalancedRunIsStoredAsSuchAndListed() throws {
        let fixture = try KitFixture.imported()
        var options = KitFixture.quick
        options.balance = true
        let report = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: options))
        let exported = try fixture.workspace.exportRoster(week: Fixtures.week, to: fixture.folder.path("out"))
        #expect(exported.options.balance)
        #expect(exported == report.roster)
        #expect(try fixture.workspace.runLines(week: Fixtures.week).joined().contains("employee,continuity,balance"))
        #expect(report.lines.contains { $0.contains("(balanced with --balance)") })
    }

    @Test func theSummaryListsTheBusiestAndTheLeastBusyWorkers() throws {
        let fixture = try KitFixture.imported()
        let report = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick))
        let workload = report.roster.summary.workload
        #expect(!workload.byWorker.isEmpty)
        let busiest = try #require(workload.busiest(1).first), idlest = try #require(workload.idlest(1).first)
        #expect(report.lines.contains { $0.hasPrefix("busiest") && $0.contains(busiest.workerID) })
        #expect(report.lines.contains { $0.hasPrefix("least busy") && $0.contains(idlest.workerID) })
        #expect(!report.lines.contains { $0.contains("--balance") })
        let rates = workload.byWorker.map(\.utilisation)
        let mean = rates.reduce(0, +) / Double(rates.count)
        #expect(abs(mean - workload.utilisationMean) < 1e-12)
    }

    @Test func exportedSummaryHoldsEveryWorkersUtilisation() throws {
        let fixture = try KitFixture.imported()
        let report = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick))
        try fixture.workspace.exportRoster(week: Fixtures.week, to: fixture.folder.path("out"))
        let data = try Data(contentsOf: URL(fileURLWithPath: fixture.folder.path("out/summary.json")))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let workers = try #require(object["utilisation_by_worker"] as? [[String: Any]])
        #expect(workers.compactMap { $0["worker_id"] as? String } == report.roster.summary.workload.byWorker.map(\.workerID))
        #expect(object["balance"] as? Bool == false)
    }
}
