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

    @OptionGroup var listing: VisitListOptions

    func run() throws {
        let workspace = db.workspace
        let history = try workspace.history(of: listing.subject(worker: { .worker($0) }, household: { .household($0) }))
        try listing.emit(
            visits: history.entries.count, save: { try workspace.writeHistory(history, csv: $0, to: $1) },
            csvText: { workspace.historyCSV(history) }, lines: { history.lines })
    }
}
