import Foundation
import Testing

/// The database end to end: concurrent writers, the temporary database of `solve`, errors in words,
/// replacing imports and exports that do not mix files.
@Suite struct StoreCommandTests: SandboxedSuite {
    let linli: Linli
    let box: Sandbox
    static let quick = ["--week", "2026-W48", "--time-limit", "0.05"]

    /// Every run's errors are in words, never raw SQLite text.
    func inspect(_ result: Linli.Result, sourceLocation: SourceLocation) {
        #expect(!result.stderr.contains("SQLite"), "raw SQLite text: \(result.stderr)", sourceLocation: sourceLocation)
    }

    /// A tiny district in `district/` imported into d.sqlite, and another one in `changed/`.
    func districts() throws {
        try run(["generate", "--tier", "tiny", "--seed", "3", "--no-history", "--out", "district"])
        try run(["generate", "--tier", "tiny", "--seed", "4", "--no-history", "--out", "changed"])
        try run(["import", "district", "--db", "d.sqlite"])
    }

    @Test func anImportWhileARosterIsBeingMadeStopsItsPublication() throws {
        try districts()
        let roster = try BatchChild(
            linli, ["roster", "--db", "d.sqlite"] + Self.quick, in: box.url, environment: ["LINLI_ROSTER_PAUSE": "3"])
        #expect(BatchChild.poll { roster.stderr.contains("… publishing") }, "the roster reached its publication")
        try run(["import", "changed", "--db", "d.sqlite"])
        let end = roster.wait()
        #expect(!end.signalled && end.status == 1, "\(roster.stderr)")
        #expect(roster.stderr.contains("changed while rostering"))
        #expect(!roster.stderr.contains("SQLite"))
        #expect(BatchChild.publishedWeeks(box.path("d.sqlite")) == 0)

        try run(["roster", "--db", "d.sqlite"] + Self.quick)
        #expect(try run(["check", "--db", "d.sqlite", "--week", "2026-W48"]).stdout.hasSuffix("OK\n"))
    }

    @Test func rosterAndImportRacingNeverPublishABrokenRoster() throws {
        try districts()
        let roster = try BatchChild(linli, ["roster", "--db", "d.sqlite", "--week", "2026-W48", "--time-limit", "0.5"], in: box.url)
        Thread.sleep(forTimeInterval: 0.5)
        try run(["import", "changed", "--db", "d.sqlite"])
        let end = roster.wait()
        if end.status == 0 {
            #expect(try run(["check", "--db", "d.sqlite", "--week", "2026-W48"]).stdout.hasSuffix("OK\n"))
        } else {
            #expect(end.status == 1 && roster.stderr.contains("changed while rostering"), "\(roster.stderr)")
        }
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func anInterruptedSolveRemovesItsPrivateDatabase(signal: Int32) throws {
        try run(["generate", "--tier", "tiny", "--seed", "3", "--out", "district"])
        let scratch = box.path("tmp")
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        let solve = try BatchChild(
            linli, ["solve", "district", "--out", "out"] + Self.quick, in: box.url,
            environment: ["LINLI_ROSTER_PAUSE": "60", "TMPDIR": scratch])
        #expect(BatchChild.poll { solve.stderr.contains("… publishing") })
        let folders = try FileManager.default.contentsOfDirectory(atPath: scratch)
        #expect(folders.count == 1 && folders[0].hasPrefix("linli-solve-"))
        let folder = scratch + "/" + (folders.first ?? "")
        #expect(try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int == 0o700)
        #expect(try FileManager.default.attributesOfItem(atPath: folder + "/linli.sqlite")[.posixPermissions] as? Int == 0o600)

        solve.send(signal)
        let end = solve.wait()
        #expect(!end.signalled && end.status == 128 + signal)
        #expect(solve.stderr.contains("interrupted"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch).isEmpty)
    }

    @Test func solveRemovesItsDatabaseAndDoesNotClaimAPublishedRun() throws {
        try run(["generate", "--tier", "tiny", "--seed", "3", "--out", "district"])
        let scratch = box.path("tmp")
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        let solve = try BatchChild(linli, ["solve", "district", "--out", "out"] + Self.quick, in: box.url, environment: ["TMPDIR": scratch])
        #expect(solve.wait().status == 0, "\(solve.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch).isEmpty)
        let again = try run(["solve", "district", "--out", "out"] + Self.quick, expecting: 1)
        #expect(again.stderr.contains("out is not empty"))
        let forced = try run(["solve", "district", "--out", "out", "--force"] + Self.quick)
        #expect(!forced.stdout.contains("published"))
    }

    @Test func aFileThatIsNoDatabaseIsSaidSoInWords() throws {
        try "hello\n".write(toFile: box.path("notes.sqlite"), atomically: true, encoding: .utf8)
        let result = try run(["roster", "--db", "notes.sqlite"] + Self.quick, expecting: 1)
        #expect(result.stderr == "linli: error: notes.sqlite is not a Linli database\n")
    }

    @Test func aDatabaseLockedByAnotherWriterIsBusyBeforeAnySolving() throws {
        try districts()
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = ["sqlite3", box.path("d.sqlite")]
        let input = Pipe()
        holder.standardInput = input
        holder.standardOutput = FileHandle.nullDevice
        try holder.run()
        defer {
            try? input.fileHandleForWriting.close()
            holder.waitUntilExit()
        }
        // The holder waits for the lock rather than failing when a probe below holds it at that moment.
        input.fileHandleForWriting.write(Data(".timeout 20000\nBEGIN IMMEDIATE;\n".utf8))
        #expect(BatchChild.poll(seconds: 20) { BatchChild.sqlite(box.path("d.sqlite"), "BEGIN IMMEDIATE; ROLLBACK;") == nil })

        let started = Date()
        let result = try run(["roster", "--db", "d.sqlite", "--week", "2026-W48", "--time-limit", "120"], expecting: 1)
        #expect(result.stderr.contains("d.sqlite is busy: another linli command is writing to it"))
        #expect(Date().timeIntervalSince(started) < 60, "refused before solving")
    }

    @Test func importIntoAMissingFolderIsRefusedNamingIt() throws {
        try run(["generate", "--tier", "tiny", "--seed", "3", "--out", "district"])
        let result = try run(["import", "district", "--db", "missing/d.sqlite"], expecting: 1)
        #expect(result.stderr.contains("the folder missing does not exist"))
        #expect(!FileManager.default.fileExists(atPath: box.path("missing")))
    }

    @Test func aReplacingImportIsPreviewedThenDeletesWhatTheFolderNoLongerLists() throws {
        try districts()
        try run(["export", "dataset", "--db", "d.sqlite", "--out", "smaller"])
        let demands = try box.read("smaller/demands.csv").split(separator: "\n", omittingEmptySubsequences: false)
        let gone = String(demands[1].prefix { $0 != "," })
        try (demands.prefix(1) + demands.dropFirst(2)).joined(separator: "\n")
            .write(toFile: box.path("smaller/demands.csv"), atomically: true, encoding: .utf8)

        #expect(try run(["import", "smaller", "--db", "d.sqlite"]).stdout.contains("nothing to change"))
        let preview = try run(["import", "smaller", "--db", "d.sqlite", "--replace", "--dry-run"])
        #expect(preview.stdout.contains("demands: would remove 1: \(gone)\n"))
        #expect(preview.stdout.hasSuffix("dry run: nothing was saved.\n"))
        let replaced = try run(["import", "smaller", "--db", "d.sqlite", "--replace"])
        #expect(replaced.stdout.contains("demands: removed 1: \(gone)\n"))
        try run(["export", "dataset", "--db", "d.sqlite", "--out", "after"])
        #expect(try box.read("after/demands.csv") == box.read("smaller/demands.csv"))
    }

    @Test func exportsRefuseAFolderWithOtherFilesUnlessForced() throws {
        try districts()
        try FileManager.default.createDirectory(atPath: box.path("out"), withIntermediateDirectories: true)
        try "mine".write(toFile: box.path("out/notes.txt"), atomically: true, encoding: .utf8)
        let refused = try run(["export", "dataset", "--db", "d.sqlite", "--out", "out"], expecting: 1)
        #expect(refused.stderr.contains("out is not empty"))
        try run(["export", "dataset", "--db", "d.sqlite", "--out", "out", "--force"])
        #expect(FileManager.default.fileExists(atPath: box.path("out/demands.csv")))
    }

    @Test func pinsNamingWhatDoesNotExistAreRefusedInWordsAndEveryLineOfAPinsFileIsReported() throws {
        try districts()
        let unknown = try run(
            ["pin", "add", "--db", "d.sqlite", "--demand", "NO-SUCH", "--date", "2026-11-24", "--worker", "W00001"], expecting: 1)
        #expect(unknown.stderr.contains("there is no demand NO-SUCH"))
        #expect(!unknown.stderr.contains("rule"))

        try "demand_id,date,worker_id\nNO-SUCH,2026-11-24,W00001\nD000001,2026-11-24,NOBODY\n"
            .write(toFile: box.path("pins.csv"), atomically: true, encoding: .utf8)
        let file = try run(["roster", "--db", "d.sqlite", "--pins", "pins.csv"] + Self.quick, expecting: 1)
        #expect(file.stderr.contains("pins.csv:2: demand_id: error: there is no demand NO-SUCH"))
        #expect(file.stderr.contains("pins.csv:3: worker_id: error: there is no worker NOBODY"))
        #expect(BatchChild.publishedWeeks(box.path("d.sqlite")) == 0)
    }
}
