import Foundation
import LinliDataset
import LinliKit
import LinliModel
import LinliStore
import LinliTestSupport
import Testing

/// A roster job another writer's change fails is run again on the new data (``Workspace/retryingWhileDatasetChanges``).
@Suite struct RosterRetryTests {
    /// The first attempt meets an import while it solves and stores nothing; the second publishes the changed data.
    @Test func aRosterRunAgainAfterAChangePublishesTheChangedData() throws {
        let fixture = try KitFixture.imported(.tiny, seed: 4)
        var changed = fixture.dataset
        for i in changed.workers.indices { changed.workers[i].maxWeekMinutes = 30 }
        let changedPath = try fixture.write(changed, as: "changed")
        let other = Workspace(databasePath: fixture.workspace.databasePath)
        var attempts = 0, said: [String] = []
        let report = try fixture.workspace.retryingWhileDatasetChanges(progress: { said.append($0) }) {
            attempts += 1
            let first = attempts == 1
            return try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick)) { step in
                if first, step.hasPrefix("solving") { _ = try? other.importDataset(from: [changedPath]) }
            }
        }
        #expect(attempts == 2)
        #expect(said.count == 1 && said[0].contains("attempt 2 of \(Workspace.rosterAttempts)"))
        #expect(try fixture.workspace.dataset() == changed.inStoreOrder)
        // The checker reads the stored (changed) data: the published roster keeps its 30-minute week caps.
        #expect(try fixture.workspace.check(week: Fixtures.week).passed)
        #expect(try fixture.workspace.runs(week: Fixtures.week).map(\.id) == [report.runID], "one run stored: the second attempt's")
    }

    /// A change under every attempt fails the job with that error after the last one; any other error at once.
    @Test func onlyAChangeMeanwhileIsTriedAgainAndOnlySoOften() throws {
        let workspace = Workspace(databasePath: "/nonexistent")
        var attempts = 0
        #expect(throws: StoreError.datasetChanged(path: "x")) {
            try workspace.retryingWhileDatasetChanges(attempts: 3, progress: { _ in }) { () throws -> Int in
                attempts += 1
                throw StoreError.datasetChanged(path: "x")
            }
        }
        #expect(attempts == 3)
        attempts = 0
        #expect(throws: KitError.self) {
            try workspace.retryingWhileDatasetChanges(progress: { _ in }) { () throws -> Int in
                attempts += 1
                throw KitError.unknownWorker("W")
            }
        }
        #expect(attempts == 1)
    }
}
