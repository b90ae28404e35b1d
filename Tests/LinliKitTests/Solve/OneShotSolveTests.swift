import Foundation
import LinliKit
import LinliModel
import LinliTestSupport
import Testing

@Suite struct OneShotSolveTests {
    @Test func solveWritesTheRosterAndLeavesNoDatabaseBehind() throws {
        let fixture = try KitFixture(Fixtures.generated(.tiny, seed: 6))
        let out = fixture.folder.path("out")
        let scratch = fixture.folder.path("scratch")
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        let outcome = try OneShotSolve(
            datasetDirectory: fixture.datasetPath, request: RosterRequest(week: Fixtures.week, options: KitFixture.quick),
            outDirectory: out, scratchDirectory: scratch
        ).run()
        for name in ["roster.csv", "unmet.csv", "summary.json"] {
            #expect(FileManager.default.fileExists(atPath: out + "/" + name))
        }
        #expect(outcome.imported.wrote)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch).isEmpty)
    }

    @Test func theTemporaryDatabaseIsPrivateAndTheSummaryClaimsNoRun() throws {
        let fixture = try KitFixture(Fixtures.generated(.tiny, seed: 6))
        let scratch = fixture.folder.path("scratch")
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        let solve = OneShotSolve(
            datasetDirectory: fixture.datasetPath, request: RosterRequest(week: Fixtures.week, options: KitFixture.quick),
            outDirectory: fixture.folder.path("out"), scratchDirectory: scratch)
        var modes: [String: Int] = [:]
        let outcome = try solve.run { step in
            guard step.hasPrefix("solving") else { return }
            for path in [solve.scratchFolder, solve.scratchFolder + "/linli.sqlite"] {
                modes[path] = try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            }
        }
        #expect(modes == [solve.scratchFolder: 0o700, solve.scratchFolder + "/linli.sqlite": 0o600])
        #expect(!FileManager.default.fileExists(atPath: solve.scratchFolder))
        #expect(!outcome.roster.lines.joined().contains("published"))
        #expect(!outcome.roster.lines.joined().contains("run \(outcome.roster.runID)"))
    }

    @Test func aFailedSolveLeavesNoDatabaseAndAFullOutputFolderIsRefusedFirst() throws {
        let fixture = try KitFixture(Fixtures.generated(.tiny, seed: 6))
        let scratch = fixture.folder.path("scratch")
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        let out = fixture.folder.path("out")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try "x".write(toFile: out + "/other.csv", atomically: true, encoding: .utf8)
        #expect(throws: KitError.folderNotEmpty(path: out)) {
            try OneShotSolve(datasetDirectory: fixture.datasetPath, request: RosterRequest(week: Fixtures.week), outDirectory: out,
                             scratchDirectory: scratch).run()
        }
        try "not,a,dataset\n".write(toFile: fixture.datasetPath + "/demands.csv", atomically: true, encoding: .utf8)
        #expect(throws: DiagnosticsError.self) {
            try OneShotSolve(datasetDirectory: fixture.datasetPath, request: RosterRequest(week: Fixtures.week),
                             outDirectory: fixture.folder.path("new"), scratchDirectory: scratch).run()
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch).isEmpty)
    }

    @Test func aMissingDatasetFolderIsAnError() throws {
        let folder = try TemporaryFolder()
        let missing = folder.path("nope")
        #expect(throws: KitError.missingPath(missing)) {
            try OneShotSolve(datasetDirectory: missing, request: RosterRequest(week: Fixtures.week), outDirectory: folder.path("out")).run()
        }
    }
}
