import Foundation
import LinliDataset
import LinliKit
import LinliModel
import LinliStore
import LinliTestSupport
import Testing

/// A roster is published only against the data it was computed from.
@Suite struct RosterRevisionTests {
    @Test func anImportWhileRosteringStopsThePublicationAndItsFilePins() throws {
        let fixture = try KitFixture.imported(.tiny, seed: 4)
        var changed = fixture.dataset
        for i in changed.workers.indices { changed.workers[i].maxWeekMinutes = 30 }
        let changedPath = try fixture.write(changed, as: "changed")
        let assignment = try #require(
            try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick)).roster.assignments.first)
        let pinsPath = fixture.folder.path("pins.csv")
        try "demand_id,date,worker_id\n\(assignment.demandID),\(assignment.date),\(assignment.workerID)\n"
            .write(toFile: pinsPath, atomically: true, encoding: .utf8)
        let runsBefore = try fixture.workspace.runLines(week: nil)

        let other = Workspace(databasePath: fixture.workspace.databasePath)
        let error = try #require(throws: StoreError.self) {
            try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick, pinsFile: pinsPath)) { step in
                if step.hasPrefix("solving") { _ = try? other.importDataset(from: [changedPath]) }
            }
        }
        #expect(error == .datasetChanged(path: fixture.workspace.databasePath))
        #expect(FailureText.lines(for: error) == ["linli: error: \(error)"])
        #expect(error.description.contains("run again"))
        #expect(try fixture.workspace.runLines(week: nil) == runsBefore, "nothing was published")
        #expect(try fixture.workspace.pins(week: Fixtures.week).isEmpty, "the file's pins were not stored either")
        #expect(try fixture.workspace.dataset() == changed.inStoreOrder)

        _ = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick))
        #expect(try fixture.workspace.check(week: Fixtures.week).passed)
    }

    @Test func aRosterOfTheStoredDataPublishes() throws {
        let fixture = try KitFixture.imported(.tiny, seed: 4)
        var steps: [String] = []
        let report = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick)) { steps.append($0) }
        #expect(steps.last == "publishing")
        #expect(report.lines[0].contains("run \(report.runID), published"))
    }
}
