import ArgumentParser
import LinliKit
import LinliModel

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List every planned and recorded visit of a household or a worker, newest first.",
        discussion: """
            Each row is a visit of a published roster of any week (worker, item, price, start-end) joined with \
            its service record (status, started-ended, price charged, stars, complaint, note); records of visits \
            no roster planned are listed too. A worker's history starts with the worker's and the enterprise's \
            rating: a Bayesian average of the stars, (10 × district mean + Σ stars) ÷ (10 + evaluations).
            --csv gives the same rows as CSV (UTF-8 with a byte order mark, for Excel).

            Examples:
              linli history --db linli.sqlite --household H000001
              linli history --db linli.sqlite --worker W00003 --csv --out W00003.csv
            """
    )

    @OptionGroup var db: DatabaseOption

    @Option(help: ArgumentHelp("The household_id whose visits to list.", valueName: "id"))
    var household: String?

    @Option(help: ArgumentHelp("The worker_id whose visits to list.", valueName: "id"))
    var worker: String?

    @Flag(help: "CSV instead of a text table.")
    var csv = false

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var out: String?

    func validate() throws {
        guard (worker == nil) != (household == nil) else { throw ValidationError("give either --worker or --household") }
    }

    func run() throws {
        let subject: ServiceHistory.Subject = worker.map { .worker($0) } ?? .household(household ?? "")
        let history = try db.workspace.history(of: subject)
        if let out {
            try db.workspace.writeHistory(history, csv: csv, to: out)
            Console.print(["wrote \(out): \(history.entries.count) visits"])
        } else if csv {
            Console.write(db.workspace.historyCSV(history))
        } else {
            Console.print(history.lines)
        }
    }
}
