import Foundation
import Testing

/// End-to-end runs of the built `linli` executable, with the exit codes and files of Docs/Commands.md.
@Suite struct CommandLineTests: SandboxedSuite {
    let linli: Linli
    let box: Sandbox

    @Test func generateImportRosterCheckAndExport() throws {
        try run("generate", "--tier", "tiny", "--seed", "3", "--out", "district")
        let imported = try run("import", "district", "--db", "d.sqlite")
        #expect(imported.stdout.contains("demands.csv: "))
        let roster = try run("roster", "--db", "d.sqlite", "--week", "2026-W48", "--time-limit", "0.05")
        #expect(roster.stdout.contains("score"))
        let check = try run("check", "--db", "d.sqlite", "--week", "2026-W48")
        #expect(check.stdout.hasSuffix("OK\n"))
        try run("export", "roster", "--db", "d.sqlite", "--week", "2026-W48", "--out", "out")
        #expect(try String(decoding: box.bytes("out/roster.csv"), as: UTF8.self).hasPrefix("\u{FEFF}demand_id,date,start,end,worker_id,enterprise_id,item_code,price,"))
        #expect(try String(decoding: box.bytes("out/unmet.csv"), as: UTF8.self).hasPrefix("\u{FEFF}demand_id,date,reason,"))
        let worker = try #require(try box.read("out/roster.csv").split(separator: "\n").dropFirst().first?.split(separator: ",")[4])
        let sheet = try run("sheet", "--db", "d.sqlite", "--week", "2026-W48", "--worker", String(worker))
        #expect(sheet.stdout.hasPrefix("路线单 route sheet: "))
        #expect(sheet.stdout.contains("week total: "))
        try run("sheet", "--db", "d.sqlite", "--week", "2026-W48", "--worker", String(worker), "--csv", "--out", "sheet.csv")
        #expect(try String(decoding: box.bytes("sheet.csv"), as: UTF8.self).hasPrefix("\u{FEFF}date,start,end,address,community,item_name,minutes,price,"))
        try run("sheet", "--db", "d.sqlite", "--week", "2026-W48", expecting: 2)
        try run("sheet", "--db", "d.sqlite", "--week", "2026-W48", "--worker", "nobody", expecting: 1)
        // A day outside --week is a wrong command line, like a missing option: exit 2.
        try run("sheet", "--db", "d.sqlite", "--week", "2026-W48", "--worker", String(worker), "--day", "2026-11-30", expecting: 2)
        try run("roster", "--db", "d.sqlite", "--week", "2026-W48", "--replan-from", "2026-11-30", expecting: 2)
        let summary = try JSONSerialization.jsonObject(with: box.bytes("out/summary.json")) as? [String: Any]
        let keys = Set(summary?.keys.map { $0 } ?? [])
        #expect(keys.isSuperset(of: [
            "week", "score", "fill_rate", "assigned_visits", "unmet_visits", "route_km", "weighted_minutes",
            "continuity_demands", "preferred_visits", "unmet_by_reason", "seconds", "continuity", "last_week_run",
            "relationship_visits", "relationship_possible", "relationship_rate",
        ]))
        let runs = try run("runs", "--db", "d.sqlite")
        #expect(runs.stdout.contains("published"))
    }

    /// Output that cannot be written (a full disk; here a standard output open only for reading, since a
    /// container may lack `/dev/full`) is a failure, said on standard error, not a silent success.
    @Test func unwritableStandardOutputExits1() throws {
        try Data("read only".utf8).write(to: box.url.appendingPathComponent("stdout.txt"))
        for arguments in [["generate", "--tier", "tiny", "--seed", "1", "--out", "full"], ["--help"]] {
            let process = Process()
            process.executableURL = linli.executable
            process.arguments = arguments
            process.currentDirectoryURL = box.url
            process.standardOutput = try #require(FileHandle(forReadingAtPath: box.path("stdout.txt")))
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            process.waitUntilExit()
            let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(process.terminationStatus == 1, "\(arguments)")
            #expect(said.contains("cannot write to standard output"), "\(arguments): \(said)")
        }
    }

    /// `generate --out` a folder that holds files (a real dataset, say) writes nothing unless --force.
    @Test func generateIntoAFolderWithFilesNeedsForce() throws {
        try run("generate", "--tier", "tiny", "--seed", "1", "--out", "mine")
        let before = try box.bytes("mine/households.csv")
        let refused = try run("generate", "--tier", "tiny", "--seed", "2", "--out", "mine", expecting: 1)
        #expect(refused.stderr.contains("mine") && refused.stderr.contains("--force"), "\(refused.stderr)")
        #expect(try box.bytes("mine/households.csv") == before)
        try run("generate", "--tier", "tiny", "--seed", "2", "--out", "mine", "--force")
        #expect(try box.bytes("mine/households.csv") != before)
    }

    /// An empty `--db` is a usage error that says so, for every command that takes one.
    @Test(arguments: [["import", "x", "--db", ""], ["roster", "--db", "", "--week", "2026-W48"], ["demo", "--db", ""],
                      ["batch", "--db", "", "--weeks", "2026-W48"]])
    func anEmptyDatabaseNameIsAUsageError(arguments: [String]) throws {
        let result = try run(arguments, expecting: 2)
        #expect(result.stderr.contains("--db needs a file name"), "\(result.stderr)")
    }

    /// 159 pins on one worker-day, 32 of them without a start, that fit in one order (a shape fuzz found them refused
    /// as breaking rule 11: the orders tried gave up first): every pin is kept.
    @Test func aWorkerDayOfManyTightPinsIsKept() throws {
        let folder = ExamplesTests.packageRoot.appendingPathComponent("Tests/linliTests/Fixtures/many-pins").path
        try run("solve", folder, "--week", "2026-W48", "--out", "out", "--pins", folder + "/pins.csv")
        let rows = String(decoding: try box.bytes("out/roster.csv"), as: UTF8.self).split(separator: "\n")
        let fields = rows.map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(fields.filter { $0.count > 4 && $0[1] == "2026-11-23" && $0[4] == "W00027" }.count == 159)
    }

    @Test func aBadDatasetExits1ListingEveryProblemAndLeavesTheDatabaseAsItWas() throws {
        try run("generate", "--tier", "tiny", "--seed", "1", "--out", "good")
        try run("import", "good", "--db", "d.sqlite")
        try run("generate", "--tier", "tiny", "--seed", "1", "--out", "bad")
        try box.edit("bad/workers.csv", replacing: ",SP001,", with: ",SP999,")
        try box.edit("bad/demands.csv", replacing: ",weekly,", with: ",fortnightly,")
        let before = try box.bytes("d.sqlite")

        let result = try run("import", "bad", "--db", "d.sqlite", expecting: 1)
        let located = result.stderr.split(separator: "\n").filter { $0.wholeMatch(of: /[a-z_]+\.csv:\d+: [a-z_]+: error: .+/) != nil }
        #expect(located.contains { $0.hasPrefix("workers.csv:") && $0.contains(": point_id: ") })
        #expect(located.contains { $0.hasPrefix("demands.csv:") && $0.contains(": recurrence: ") })
        #expect(result.stderr.contains("linli: error: "))
        #expect(try box.bytes("d.sqlite") == before)
    }

    @Test(arguments: [
        ["roster", "--db", "d.sqlite"],
        ["roster", "--db", "d.sqlite", "--week", "2026-48"],
        ["generate", "--tier", "huge", "--out", "x"],
        ["frobnicate"],
        ["check", "--week", "2026-W48"],
        ["roster", "--db", "d.sqlite", "--week", "2026-W48", "--time-limit", "-1"],
        ["serve", "--db", "d.sqlite", "--today", "2026-02-30"],
        ["serve", "--db", "d.sqlite", "--trusted-proxy", "proxy.example"],
        ["roster", "--db", "d.sqlite", "--week", "2026-W48", "--prove", "0"],
        ["solve", "x", "--week", "2026-W48", "--out", "y", "--prove", "nan"],
    ])
    func usageErrorsExit2(arguments: [String]) throws {
        let result = try run(arguments, expecting: 2)
        #expect(result.stderr.hasPrefix("linli: error: "))
    }

    @Test func helpExits0() throws {
        let result = try run("roster", "--help")
        #expect(result.stdout.contains("Examples:"))
    }

    @Test func checkingAWeekWithoutARosterExits1() throws {
        try run("generate", "--tier", "tiny", "--seed", "2", "--out", "district")
        try run("import", "district", "--db", "d.sqlite")
        let result = try run("check", "--db", "d.sqlite", "--week", "2026-W48", expecting: 1)
        #expect(result.stderr.contains("no roster is stored for 2026-W48"))
    }

    @Test func solveInOneShot() throws {
        try run("generate", "--tier", "tiny", "--seed", "5", "--out", "district")
        try run("solve", "district", "--week", "2026-W48", "--out", "out", "--time-limit", "0.05", "--include-intermediary")
        for name in ["roster.csv", "unmet.csv", "summary.json"] {
            #expect(FileManager.default.fileExists(atPath: box.path("out/" + name)))
        }
        let summary = try JSONSerialization.jsonObject(with: box.bytes("out/summary.json")) as? [String: Any]
        #expect(summary?["include_intermediary"] as? Bool == true)
    }

    @Test func aPinOnADayWithoutAVisitExits1SayingSo() throws {
        try run("generate", "--tier", "tiny", "--seed", "1", "--out", "district")
        try run("import", "district", "--db", "d.sqlite")
        let result = try run(
            "pin", "add", "--db", "d.sqlite", "--demand", "D000001", "--date", "2026-11-24", "--worker", "W00001", expecting: 1)
        #expect(result.stderr.contains("demand D000001 has no visit on 2026-11-24"))
        #expect(!result.stderr.contains("rule"))
        #expect(try run("pin", "list", "--db", "d.sqlite", "--week", "2026-W48").stdout.contains("no pins"))
    }
}
