import Foundation
import Testing

/// `linli batch` end to end: interrupted by SIGKILL and SIGINT, resumed, sharded and merged.
@Suite struct BatchCommandTests: SandboxedSuite {
    let linli: Linli
    let box: Sandbox
    static let weeks = ["2026-W48", "2026-W49", "2026-W50", "2026-W51"]
    static let batchOptions = ["--weeks", "2026-W48...2026-W51", "--time-limit", "0.05"]
    /// The test hook: seconds `linli batch` sleeps before each item, so a test can stop it between items.
    static let pause = ["LINLI_BATCH_PAUSE": "1"]

    /// A tiny district imported into each of `databases`.
    func district(_ databases: String...) throws {
        try run(["generate", "--tier", "tiny", "--seed", "3", "--out", "district"])
        for db in databases { try run(["import", "district", "--db", db]) }
    }

    func report(_ name: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: box.bytes(name)) as? [String: Any])
    }

    func statuses(_ report: [String: Any]) -> [String] {
        ((report["items"] as? [[String: Any]]) ?? []).compactMap { $0["status"] as? String }
    }

    @Test func aBatchKilledPartWayIsFinishedByResumeAndNoWeekIsHalfPublished() throws {
        try district("d.sqlite", "reference.sqlite")
        let plain = try run(["batch", "--db", "reference.sqlite"] + Self.batchOptions)
        #expect(plain.stderr.contains("4/4 items"), "plain progress lines when stderr is not a terminal")
        #expect(plain.stdout.split(separator: "\n").count(where: { $0.hasPrefix("reference.sqlite") && $0.contains("rostered") }) == 4)

        let child = try BatchChild(linli, ["batch", "--db", "d.sqlite"] + Self.batchOptions, in: box.url, environment: Self.pause)
        #expect(BatchChild.poll { (BatchChild.publishedWeeks(box.path("d.sqlite")) ?? 0) >= 1 })
        Thread.sleep(forTimeInterval: 1.2)  // into the next item's pause or its solve
        child.send(SIGKILL)
        let end = child.wait()
        #expect(end.signalled && end.status == SIGKILL)
        let done = try #require(BatchChild.publishedWeeks(box.path("d.sqlite")))
        #expect((1..<4).contains(done), "killed part-way")

        try run(["batch", "--db", "d.sqlite", "--resume", "--report", "resumed.json"] + Self.batchOptions)
        #expect(statuses(try report("resumed.json")) == Array(repeating: "skipped", count: done) + Array(repeating: "rostered", count: 4 - done))

        let db = box.path("d.sqlite")
        #expect(BatchChild.sqlite(db, "PRAGMA integrity_check") == ["ok"])
        #expect(BatchChild.sqlite(db, "SELECT week FROM published_rosters ORDER BY week") == Self.weeks)
        #expect(BatchChild.sqlite(db, "SELECT COUNT(*) FROM runs") == ["4"], "the killed item left no run behind")
        let incomplete = """
            SELECT COUNT(*) FROM runs r JOIN published_rosters p ON p.run_id = r.id
            WHERE r.assigned_visits + r.unmet_visits !=
              (SELECT COUNT(*) FROM assignments a WHERE a.run_id = r.id) + (SELECT COUNT(*) FROM unmet_visits u WHERE u.run_id = r.id)
            """
        #expect(BatchChild.sqlite(db, incomplete) == ["0"])
        for week in Self.weeks {
            try run(["check", "--db", "d.sqlite", "--week", week])
            try run(["export", "roster", "--db", "d.sqlite", "--week", week, "--out", "d-\(week)"])
            try run(["export", "roster", "--db", "reference.sqlite", "--week", week, "--out", "reference-\(week)"])
            for file in ["roster.csv", "unmet.csv"] {
                #expect(try box.read("d-\(week)/\(file)") == box.read("reference-\(week)/\(file)"), "\(week) \(file) as if never interrupted")
            }
        }
    }

    @Test func ctrlCStopsAtOnceWithExitCode130AndAReportOfWhatFinished() throws {
        try district("d.sqlite")
        let child = try BatchChild(
            linli, ["batch", "--db", "d.sqlite", "--report", "r.json"] + Self.batchOptions, in: box.url, environment: Self.pause)
        #expect(BatchChild.poll { (BatchChild.publishedWeeks(box.path("d.sqlite")) ?? 0) >= 1 })
        child.send(SIGINT)
        let end = child.wait()
        #expect(!end.signalled && end.status == 130)
        #expect(child.stderr.contains("--resume"))
        let report = try report("r.json")
        #expect(report["interrupted"] as? Bool == true)
        let done = try #require(BatchChild.publishedWeeks(box.path("d.sqlite")))
        #expect(statuses(report) == Array(repeating: "rostered", count: done) + Array(repeating: "pending", count: 4 - done))
        #expect(done < 4)
    }

    @Test func threeShardsMergeIntoTheWholeBatch() throws {
        try district("a.sqlite", "b.sqlite")
        let batch = ["batch", "--db", "a.sqlite", "b.sqlite", "--weeks", "2026-W48", "2026-W49", "--time-limit", "0.05"]
        for i in 1...3 { try run(batch + ["--shard", "\(i)/3", "--report", "r\(i).json"]) }
        #expect(statuses(try report("r1.json")).count == 2)
        let merged = try run(["batch", "merge", "r1.json", "r2.json", "r3.json", "--out", "merged.json"])
        #expect(merged.stderr.isEmpty)
        #expect(statuses(try report("merged.json")) == Array(repeating: "rostered", count: 4))
        let rows = merged.stdout.split(separator: "\n").filter { $0.contains("rostered") && $0.contains(".sqlite") }
        #expect(rows.map { $0.split(separator: " ").prefix(2).joined(separator: " ") }
            == ["a.sqlite 2026-W48", "a.sqlite 2026-W49", "b.sqlite 2026-W48", "b.sqlite 2026-W49"])

        let partial = try run(["batch", "merge", "r1.json", "r3.json"])
        #expect(partial.stderr.contains("missing shard(s) 2/3"))

        try box.edit("r2.json", replacing: "\"score\" : ", with: "\"score\" : 1")
        try FileManager.default.copyItem(atPath: box.path("merged.json"), toPath: box.path("again.json"))
        let conflict = try run(["batch", "merge", "again.json", "r2.json"], expecting: 1)
        #expect(conflict.stderr.contains("disagree"))
    }

    @Test(arguments: [
        ["batch", "--db", "d.sqlite", "--weeks", "2026-W52...2026-W48"],
        ["batch", "--db", "d.sqlite", "--weeks", "2026-W48", "--shard", "4/3"],
        ["batch", "--db", "d.sqlite", "--weeks", "2026-W48", "--pins", "pins.csv"],
        ["batch", "--weeks", "2026-W48"],
        ["batch", "--db", "d.sqlite", "--weeks", "2026-W48", "--jobs", "0"],
        ["batch", "merge"],
    ])
    func usageErrorsExit2(arguments: [String]) throws {
        let result = try run(arguments, expecting: 2)
        #expect(result.stderr.hasPrefix("linli: error: "))
    }

    /// A `--report` that could not be written, or that would replace a file other than a batch report, is a usage
    /// error before any item runs, and the file stays as it was.
    @Test func aReportPathThatCannotBeUsedIsRefusedBeforeAnyWork() throws {
        try district("d.sqlite")
        try FileManager.default.createDirectory(at: box.url.appendingPathComponent("folder"), withIntermediateDirectories: true)
        try "demand_id,date\nD1,2026-11-23\n".write(to: box.url.appendingPathComponent("roster.csv"), atomically: true, encoding: .utf8)
        for report in ["nowhere/r.json", "folder", "roster.csv"] {
            let result = try run(["batch", "--db", "d.sqlite", "--weeks", "2026-W48", "--time-limit", "0.05", "--report", report], expecting: 2)
            #expect(result.stderr.contains("--report"), "\(report): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(report): no item ran")
        }
        #expect(try String(contentsOf: box.url.appendingPathComponent("roster.csv"), encoding: .utf8) == "demand_id,date\nD1,2026-11-23\n")
        #expect(try run(["runs", "--db", "d.sqlite"]).stdout.contains("no runs stored"))
        // A report of an earlier batch may be written over.
        try run(["batch", "--db", "d.sqlite", "--weeks", "2026-W48", "--time-limit", "0.05", "--report", "r.json"])
        try run(["batch", "--db", "d.sqlite", "--weeks", "2026-W48", "--time-limit", "0.05", "--report", "r.json"])
        #expect(statuses(try report("r.json")) == ["rostered"])
    }

    @Test func aMissingDatabaseFailsItsItemsAndExits1() throws {
        try district("d.sqlite")
        let result = try run(["batch", "--db", "d.sqlite", "nowhere.sqlite", "--weeks", "2026-W48", "2026-W49", "--time-limit", "0.05"], expecting: 1)
        #expect(result.stdout.split(separator: "\n").count(where: { $0.hasPrefix("d.sqlite") && $0.contains("rostered") }) == 2)
        #expect(result.stdout.contains("failed") && result.stdout.contains("blocked"))
        #expect(result.stderr.contains("--resume"))
    }
}
