import Foundation
import LinliDataset
import LinliKit
import LinliModel
import LinliStore
import LinliSynth
import LinliTestSupport
import Testing

/// `import --replace`: a previewed way to delete what a full dataset no longer lists.
@Suite struct ImportReplaceTests {
    /// The fixture's dataset without its last demand.
    static func withoutLastDemand(_ fixture: KitFixture) throws -> (Dataset, String, String) {
        var smaller = fixture.dataset
        let gone = try #require(smaller.demands.last).id
        smaller.demands.removeLast()
        return (smaller, try fixture.write(smaller, as: "smaller"), gone)
    }

    @Test func aPlainImportOfASmallerDatasetDeletesNothing() throws {
        let fixture = try KitFixture.imported()
        let (_, path, _) = try Self.withoutLastDemand(fixture)
        let summary = try fixture.workspace.importDataset(from: [path])
        #expect(!summary.wrote)
        #expect(try fixture.workspace.dataset() == fixture.dataset.inStoreOrder)
    }

    @Test func aDryRunListsWhatWouldGoAndChangesNothing() throws {
        let fixture = try KitFixture.imported()
        let (_, path, gone) = try Self.withoutLastDemand(fixture)
        let before = try fixture.databaseBytes()
        let summary = try fixture.workspace.importDataset(from: [path], options: ImportOptions(replace: true, dryRun: true))
        #expect(!summary.wrote)
        #expect(summary.removals.map(\.key) == [gone])
        #expect(summary.lines.contains("demands: would remove 1: \(gone)"))
        #expect(summary.lines.last == "dry run: nothing was saved.")
        #expect(try fixture.databaseBytes() == before)
    }

    @Test func replacingDeletesTheUnlistedRows() throws {
        let fixture = try KitFixture.imported()
        let (smaller, path, gone) = try Self.withoutLastDemand(fixture)
        let summary = try fixture.workspace.importDataset(from: [path], options: ImportOptions(replace: true))
        #expect(summary.wrote)
        #expect(summary.lines.contains("demands: removed 1: \(gone)"))
        #expect(try fixture.workspace.dataset() == smaller.inStoreOrder)
    }

    @Test func aDemandAndAWorkerGoWithTheirServiceRecordsAbsencesAndPreferences() throws {
        var rng = SeededGenerator(seed: 1)
        let fixture = try KitFixture(DistrictGenerator(options: .init(tier: .tiny, history: true)).generate(using: &rng))
        _ = try fixture.workspace.importDataset(from: [fixture.datasetPath])
        var smaller = fixture.dataset
        let demand = try #require(smaller.serviceRecords.first).demandID
        let worker = try #require(smaller.serviceRecords.last { $0.demandID != demand }).workerID
        smaller.demands.removeAll { $0.id == demand }
        smaller.serviceRecords.removeAll { $0.demandID == demand || $0.workerID == worker }
        smaller.workers.removeAll { $0.id == worker }
        smaller.absences.removeAll { $0.workerID == worker }
        for i in smaller.demands.indices where smaller.demands[i].preferredWorkerID == worker { smaller.demands[i].preferredWorkerID = nil }
        let gone = fixture.dataset.serviceRecords.count - smaller.serviceRecords.count
        let path = try fixture.write(smaller, as: "smaller")
        let preview = try fixture.workspace.importDataset(from: [path], options: ImportOptions(replace: true, dryRun: true))
        #expect(preview.removals.count(where: { $0.table == "service_records" }) == gone)
        _ = try fixture.workspace.importDataset(from: [path], options: ImportOptions(replace: true, force: true))
        #expect(try fixture.workspace.dataset() == smaller.inStoreOrder)
    }

    @Test func rowsOfAPublishedRosterGoOnlyWithForce() throws {
        let fixture = try KitFixture.imported()
        let roster = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick)).roster
        var smaller = fixture.dataset
        let named = Set(roster.assignments.map(\.demandID) + roster.unmet.map(\.demandID))
        let gone = try #require(smaller.demands.last { named.contains($0.id) }).id
        smaller.demands.removeAll { $0.id == gone }
        let path = try fixture.write(smaller, as: "smaller")

        let preview = try fixture.workspace.importDataset(from: [path], options: ImportOptions(replace: true, dryRun: true))
        #expect(preview.lines.contains("demands: would remove 1: \(gone) (in a published roster)"))
        #expect(preview.lines.contains("rows in a published roster are deleted only with --force."))
        let error = try #require(throws: StoreError.self) {
            try fixture.workspace.importDataset(from: [path], options: ImportOptions(replace: true))
        }
        #expect(error == .removalInUse(path: fixture.workspace.databasePath, rows: ["demands \(gone)"]))
        #expect(try fixture.workspace.dataset() == fixture.dataset.inStoreOrder)

        _ = try fixture.workspace.importDataset(from: [path], options: ImportOptions(replace: true, force: true))
        #expect(try fixture.workspace.dataset() == smaller.inStoreOrder)
    }

    @Test func replacingNeedsTheWholeDatasetFolder() throws {
        let fixture = try KitFixture.imported()
        let menu = fixture.datasetPath + "/menu.csv"
        #expect(throws: KitError.replaceNeedsFolder) {
            try fixture.workspace.importDataset(from: [menu], options: ImportOptions(replace: true))
        }
        try FileManager.default.removeItem(atPath: fixture.datasetPath + "/households.csv")
        #expect(throws: KitError.incompleteDataset(folder: fixture.datasetPath, missing: ["households.csv"])) {
            try fixture.workspace.importDataset(from: [fixture.datasetPath], options: ImportOptions(replace: true))
        }
    }

    /// A new database starts from a whole dataset: a folder without a required file (here menu.csv, which would
    /// leave every visit `no_menu`) is refused, and no database file is created; the optional files may be missing.
    @Test func aFirstImportNeedsEveryRequiredFile() throws {
        let fixture = try KitFixture(Fixtures.generated(.tiny, seed: 1))
        try FileManager.default.removeItem(atPath: fixture.datasetPath + "/menu.csv")
        #expect(throws: KitError.incompleteFirstImport(folder: fixture.datasetPath, missing: ["menu.csv"])) {
            try fixture.workspace.importDataset(from: [fixture.datasetPath])
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.workspace.databasePath))
        var lean = fixture.dataset
        lean.absences = []
        lean.serviceRecords = []
        let path = try fixture.write(lean, as: "lean")
        for optional in ["absences.csv", "service_records.csv"] { try? FileManager.default.removeItem(atPath: path + "/" + optional) }
        #expect(try fixture.workspace.importDataset(from: [path]).wrote)
    }

    @Test func aNewDatabaseInAMissingFolderIsRefusedNamingTheFolder() throws {
        let fixture = try KitFixture(Fixtures.generated(.tiny, seed: 1))
        let folder = fixture.folder.path("no-such-folder")
        let workspace = Workspace(databasePath: folder + "/d.sqlite")
        #expect(throws: StoreError.missingFolder(path: folder)) { try workspace.importDataset(from: [fixture.datasetPath]) }
        #expect(!FileManager.default.fileExists(atPath: folder))
    }
}
