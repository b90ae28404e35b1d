import Foundation
import LinliDataset
import LinliKit
import LinliModel
import LinliTestSupport
import Testing

@Suite struct ImportTests {
    @Test func importStoresTheDatasetAndCountsEveryRowAsAdded() throws {
        let fixture = try KitFixture(Fixtures.generated(.tiny, seed: 2))
        let summary = try fixture.workspace.importDataset(from: [fixture.datasetPath])
        #expect(summary.wrote)
        #expect(summary.changes.map(\.file) == DatasetFile.required, "a generated district has no absences.csv")
        let demands = try #require(summary.changes.first { $0.file == .demands })
        #expect(demands.count == ChangeCount(added: fixture.dataset.demands.count))
        #expect(try fixture.workspace.dataset() == fixture.dataset.inStoreOrder)
    }

    @Test func reimportingTheSameDatasetWritesNothing() throws {
        let fixture = try KitFixture.imported()
        let before = try fixture.databaseBytes()
        let summary = try fixture.workspace.importDataset(from: [fixture.datasetPath])
        #expect(!summary.wrote)
        #expect(summary.changes.allSatisfy { $0.count.added == 0 && $0.count.changed == 0 })
        #expect(try fixture.databaseBytes() == before)
    }

    @Test func aBadDatasetThrowsEveryProblemAndLeavesTheDatabaseAsItWas() throws {
        let fixture = try KitFixture.imported()
        let before = try fixture.databaseBytes()
        var bad = fixture.dataset
        bad.workers[0].pointID = "NO-SUCH-POINT"
        bad.demands[1].householdID = "NO-SUCH-HOUSEHOLD"
        bad.demands[2].minutes = -5
        let path = try fixture.write(bad, as: "bad")

        let error = try #require(throws: DiagnosticsError.self) { try fixture.workspace.importDataset(from: [path]) }
        let places = Set(error.errors.map { "\($0.file):\($0.line): \($0.column)" })
        #expect(places.isSuperset(of: ["workers.csv:2: point_id", "demands.csv:3: household_id", "demands.csv:4: minutes"]))
        #expect(try fixture.databaseBytes() == before)
        #expect(try fixture.workspace.dataset() == fixture.dataset.inStoreOrder)
    }

    @Test func aBadDatasetDoesNotCreateTheDatabase() throws {
        var bad = Fixtures.generated(.tiny, seed: 1)
        bad.households[0].communityID = "NOWHERE"
        let fixture = try KitFixture(bad)
        #expect(throws: DiagnosticsError.self) { try fixture.workspace.importDataset(from: [fixture.datasetPath]) }
        #expect(!fixture.workspace.databaseExists)
    }

    @Test func aSingleFileIsMergedIntoTheStoredDataset() throws {
        let fixture = try KitFixture.imported()
        var changed = fixture.dataset
        changed.demands[0].minutes += 30
        changed.demands[0].windowEnd = TimeOfDay(minutes: min(1440, changed.demands[0].windowEnd.minutes + 30))
        let folder = try fixture.write(changed, as: "changed")

        let summary = try fixture.workspace.importDataset(from: [folder + "/demands.csv"])
        #expect(summary.changes.map(\.file) == [.demands])
        #expect(summary.changes[0].count == ChangeCount(added: 0, changed: 1, unchanged: changed.demands.count - 1))
        #expect(try fixture.workspace.dataset() == changed.inStoreOrder)
    }

    @Test func aFolderTogetherWithFilesIsAUsageError() throws {
        let fixture = try KitFixture.imported()
        let error = try #require(throws: KitError.self) {
            try fixture.workspace.importDataset(from: [fixture.datasetPath, fixture.datasetPath + "/menu.csv"])
        }
        #expect(error == .mixedImportPaths)
        #expect(error.isUsage)
    }

    @Test func aMissingPathIsNamed() throws {
        let fixture = try KitFixture.imported()
        let missing = fixture.folder.path("nowhere")
        #expect(throws: KitError.missingPath(missing)) { try fixture.workspace.importDataset(from: [missing]) }
    }
}
