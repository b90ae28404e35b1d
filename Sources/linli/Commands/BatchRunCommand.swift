import ArgumentParser
import Foundation
import LinliKit
import LinliModel

struct BatchRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Roster every (database, week) pair: database files in parallel, the weeks of one file in order.",
        discussion: """
            Items are numbered database by database (paths sorted), weeks ascending. Each item rosters and \
            publishes its week in one transaction, as `linli roster` does, so a week is never half published. \
            The weeks of one database run one after the other because continuity reads the week before \
            (with --no-continuity they run in parallel too); different databases run on --jobs threads. \
            Progress goes to stderr (a bar on a terminal, plain lines otherwise), the table to stdout.

            --resume skips the items whose week is already published with the same options (seed, time \
            limit, intermediary workers, continuity). Ctrl-C (or SIGTERM) stops at once: the items in \
            flight are dropped unpublished, the report lists what finished, and the exit code is 130 (143); \
            run again with --resume to finish. --shard i/n runs plan items k with k mod n + 1 = i (with \
            --shard-by database: databases d with d mod n + 1 = i, all their weeks).

            Exit codes: 0 all items published, 1 some item failed (the others are done), 2 usage error.

            Examples:
              linli batch --db linli.sqlite --weeks 2026-W48...2026-W50 --time-limit 0.5
              linli batch --db linli.sqlite --weeks 2026-W48 2026-W50 --seed 7 --jobs 2 \\
                --report r.json
              linli batch --db *.sqlite --weeks 2026-W48...2026-W50 --shard 1/2 \\
                --shard-by database \\
                --report r1.json
              linli batch --db linli.sqlite --weeks 2026-W48...2026-W50 --time-limit 0.5 \\
                --resume
            """
    )

    @Option(
        name: .customLong("db"), parsing: .upToNextOption,
        help: ArgumentHelp("Linli databases, each imported already (repeat --db or list several).", valueName: "file"))
    var databases: [String] = []

    @Option(
        parsing: .upToNextOption,
        help: ArgumentHelp("ISO weeks: single weeks and inclusive ranges first...last.", valueName: "yyyy-Www[...yyyy-Www]"),
        transform: WeekSpan.argument)
    var weeks: [WeekSpan] = []

    @OptionGroup var runOptions: RunOptionGroup

    @Option(parsing: .unconditional, help: "Items rostered at the same time, \(Limits.text(Limits.jobs)) (different databases, or any items with --no-continuity).")
    var jobs: Int = min(ProcessInfo.processInfo.activeProcessorCount, Limits.jobs.upperBound)

    @Flag(help: "Skip items whose week is already published with the same options.")
    var resume = false

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Run only shard i of n (1-based, n at most \(Limits.shards.upperBound)): plan items k with k mod n + 1 = i.", valueName: "i/n"))
    var shard: BatchShard?

    @Option(help: ArgumentHelp("What --shard deals out: items, or databases with all their weeks (keeps continuity in one process).", valueName: "item|database"))
    var shardBy: BatchPlan.ShardUnit = .item

    @Option(help: ArgumentHelp("Write a JSON report of every item here (for `linli batch merge`).", valueName: "file"))
    var report: String?

    func validate() throws {
        guard !databases.isEmpty else { throw ValidationError("give at least one --db file") }
        try DatabaseOption.validate(databases)
        guard !weeks.isEmpty else { throw ValidationError("give at least one week with --weeks") }
        guard Limits.jobs.contains(jobs) else {
            throw ValidationError("--jobs must be a whole number from 1 to \(Limits.jobs.upperBound); found \(jobs)")
        }
        guard runOptions.pins == nil else {
            throw ValidationError("--pins is not a batch option; store pins with `linli pin add` (each run keeps its week's pins)")
        }
        if let report { try Self.checkReportPath(report) }
    }

    /// Refuses, before any item runs, a `--report` path the report could not be written to (its folder does not
    /// exist, it is a folder) or that holds a file other than a batch report, which the report would replace: a
    /// mistyped `--report roster.csv` once replaced the file after an hour of work.
    static func checkReportPath(_ path: String) throws {
        let url = URL(fileURLWithPath: path)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.deletingLastPathComponent().path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("--report \(path): there is no folder \(url.deletingLastPathComponent().path) to write it in")
        }
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return }
        guard !isFolder.boolValue else { throw ValidationError("--report \(path) is a folder; name a file") }
        var info = stat()
        // A device or pipe (/dev/stdout) is written into, never replaced.
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return }
        if (try? BatchReport.read(path)) == nil {
            throw ValidationError("--report \(path) exists and is not a batch report; it would be replaced — name a new file")
        }
    }

    func run() throws {
        let plan = BatchPlan(databases: databases, weeks: weeks.flatMap(\.weeks))
        let options = runOptions.request(week: plan.weeks[0]).options
        let pauseBeforeItem = ProcessInfo.processInfo.environment["LINLI_BATCH_PAUSE"].flatMap(Double.init) ?? 0
        let batch = BatchRun(entries: plan.entries(in: shard, by: shardBy), options: options, jobs: jobs, resume: resume, pauseBeforeItem: pauseBeforeItem)
        let display = BatchDisplay(batch)
        let finish = BatchFinish()
        let write = { @Sendable (interrupted: Bool) throws in
            let result = BatchReport(
                options: options, shard: shard, planItems: plan.entries.count, interrupted: interrupted,
                elapsedSeconds: batch.elapsedSeconds, results: batch.results)
            if let report { try result.write(to: report) }
            Console.print(result.lines)
            return result
        }
        let signals = BatchFinish.onInterrupt { signal in
            guard finish.claim() else { return }
            display.stop()
            _ = try? write(true)
            Console.error(["linli: interrupted: \(batch.results.count(where: { $0.status != .pending })) of \(batch.entries.count) items finished; "
                + "the items in flight were not published; run again with --resume to finish"])
            fflush(nil)
            _exit(128 + signal)
        }
        display.start()
        _ = batch.run { display.finished($0) }
        guard finish.claim() else { while true { pause() } }
        display.stop()
        withExtendedLifetime(signals) {}
        let result = try write(false)
        let counts = result.counts
        if !result.succeeded { throw BatchError.itemsFailed(failed: counts[.failed] ?? 0, blocked: counts[.blocked] ?? 0) }
    }
}
