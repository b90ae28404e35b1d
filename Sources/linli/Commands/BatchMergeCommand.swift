import ArgumentParser
import LinliKit

struct BatchMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Collect the reports of batch shards into one table (and one report).",
        discussion: """
            Each item is kept once. Exits 1 when two reports give different results for the same item \
            (same status and roster figures count as the same; run ids and timings may differ). Warns, \
            without failing, about shards of 1…n that no report holds, items no report covers, and items \
            reported twice.

            Example:
              linli batch merge r1.json --out merged.json
            """
    )

    @Argument(help: ArgumentHelp("Reports written by `linli batch --report`.", valueName: "report"))
    var reports: [String]

    @Option(help: ArgumentHelp("Write the merged report here.", valueName: "file"))
    var out: String?

    func validate() throws {
        guard !reports.isEmpty else { throw ValidationError("give at least one report file") }
    }

    func run() throws {
        let merged = try BatchReport.merge(reports.map { ($0, try BatchReport.read($0)) })
        Console.error(merged.warnings.map { "linli: warning: \($0)" })
        if let out { try merged.report.write(to: out) }
        Console.print(merged.report.lines)
    }
}
