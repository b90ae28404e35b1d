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

    @Test func aMissingDatasetFolderIsAnError() throws {
        let folder = try TemporaryFolder()
        let missing = folder.path("nope")
        #expect(throws: KitError.missingPath(missing)) {
            try OneShotSolve(datasetDirectory: missing, request: RosterRequest(week: Fixtures.week), outDirectory: folder.path("out")).run()
        }
    }
}
