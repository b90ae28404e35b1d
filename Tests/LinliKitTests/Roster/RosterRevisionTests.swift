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

    /// An office's roster (`unpublishedOnly`) of a week another run publishes while it solves publishes nothing, and
    /// one of a week already published does not even start.
    @Test func aRosterOfAnUnpublishedWeekNeverPublishesOverAnother() throws {
        let fixture = try KitFixture.imported(.tiny, seed: 4)
        var office = RosterRequest(week: Fixtures.week, options: KitFixture.quick)
        office.unpublishedOnly = true
        let other = Workspace(databasePath: fixture.workspace.databasePath)
        let changed = StoreError.publishedChanged(path: fixture.workspace.databasePath, week: Fixtures.week.description)
        var published: Int64?, runs: [String]?
        let raced = #expect(throws: StoreError.self) {
            try fixture.workspace.roster(office) { step in
                if step.hasPrefix("solving") {
                    published = try? other.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick)).runID
                    runs = try? other.runLines(week: nil)
                }
            }
        }
        #expect(raced == changed)
        #expect(try published != nil && fixture.workspace.publishedRunID(week: Fixtures.week) == published)
        #expect(try runs != nil && fixture.workspace.runLines(week: nil) == runs, "only the other run was stored")

        var steps: [String] = []
        let late = #expect(throws: StoreError.self) { try fixture.workspace.roster(office) { steps.append($0) } }
        #expect(late == changed && !steps.contains { $0.hasPrefix("solving") }, "refused before solving")
        #expect(try fixture.workspace.publishedRunID(week: Fixtures.week) == published)
    }

    /// A replan publishes only over the roster it replans: another roster published meanwhile stops it.
    @Test func aReplanPublishesOnlyOverTheRosterItReplans() throws {
        let fixture = try KitFixture.imported(.tiny, seed: 4)
        _ = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick))
        let other = Workspace(databasePath: fixture.workspace.databasePath)
        var published: Int64?
        let replan = RosterRequest(week: Fixtures.week, options: KitFixture.quick, replanFrom: Fixtures.week.monday.adding(days: 2))
        let error = #expect(throws: StoreError.self) {
            try fixture.workspace.roster(replan) { step in
                if step.hasPrefix("solving") {
                    published = try? other.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick)).runID
                }
            }
        }
        #expect(error == .publishedChanged(path: fixture.workspace.databasePath, week: Fixtures.week.description))
        #expect(try published != nil && fixture.workspace.publishedRunID(week: Fixtures.week) == published)
        let replanned = try fixture.workspace.roster(replan)
        #expect(try fixture.workspace.publishedRunID(week: Fixtures.week) == replanned.runID, "a replan of the new roster publishes")
    }

    @Test func aRosterOfTheStoredDataPublishes() throws {
        let fixture = try KitFixture.imported(.tiny, seed: 4)
        var steps: [String] = []
        let report = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick)) { steps.append($0) }
        #expect(steps.last == "publishing")
        #expect(report.lines[0].contains("run \(report.runID), published"))
    }
}
