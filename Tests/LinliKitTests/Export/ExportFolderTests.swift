import Foundation
import LinliKit
import LinliModel
import LinliTestSupport
import Testing

/// Exports never mix their files with others silently, and their errors name the path.
@Suite struct ExportFolderTests {
    @Test func anExportIntoAFolderWithFilesIsRefusedUnlessForced() throws {
        let fixture = try KitFixture.imported()
        _ = try fixture.workspace.roster(RosterRequest(week: Fixtures.week, options: KitFixture.quick))
        let out = fixture.folder.path("out")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try "mine".write(toFile: out + "/notes.txt", atomically: true, encoding: .utf8)

        #expect(throws: KitError.folderNotEmpty(path: out)) { try fixture.workspace.exportRoster(week: Fixtures.week, to: out) }
        #expect(throws: KitError.folderNotEmpty(path: out)) { try fixture.workspace.exportDataset(to: out) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["notes.txt"])

        try fixture.workspace.exportRoster(week: Fixtures.week, to: out, force: true)
        #expect(try Set(FileManager.default.contentsOfDirectory(atPath: out)) == ["notes.txt", "roster.csv", "unmet.csv", "summary.json"])
    }

    @Test func anExportOntoAFileNamesThePath() throws {
        let fixture = try KitFixture.imported()
        let out = fixture.folder.path("taken")
        try "a file".write(toFile: out, atomically: true, encoding: .utf8)
        let error = try #require(throws: KitError.self) { try fixture.workspace.exportDataset(to: out) }
        #expect(error == .cannotWrite(path: out, reason: "it is a file, not a folder"))
        #expect(FailureText.lines(for: error) == ["linli: error: cannot write \(out): it is a file, not a folder"])
    }

    @Test func aFailedWriteNamesTheFileOrFolder() throws {
        let fixture = try KitFixture.imported()
        let blocker = fixture.folder.path("blocker")
        try "a file".write(toFile: blocker, atomically: true, encoding: .utf8)
        let out = blocker + "/out"
        let error = try #require(throws: KitError.self) { try fixture.workspace.exportDataset(to: out) }
        guard case let .cannotWrite(path, _) = error else {
            Issue.record("expected cannotWrite, got \(error)")
            return
        }
        #expect(path.hasPrefix(blocker))
    }
}
