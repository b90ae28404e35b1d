import ArgumentParser
import LinliKit

struct StatementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statement",
        abstract: "Print a month's settlement of the done visits: by enterprise, by worker and by community.",
        discussion: """
            Counts the service records with status done dated in the month: visits, minutes (ended − started) \
            and money (the price charged), in total, by the worker's enterprise, by worker and by the \
            household's community, with the part paid for households of a priority group. Every breakdown sums \
            to the totals. A month without records gives zero totals.
            --json prints month, visits, minutes, amount_fen, priority_amount_fen and by_enterprise, by_worker, \
            by_community (arrays of objects with enterprise_id / worker_id and name / community_id, visits, \
            minutes, amount_fen), sorted by id.
            --out writes totals.csv, by_enterprise.csv, by_worker.csv and by_community.csv (amounts in yuan, \
            UTF-8 with a byte order mark, for Excel).

            Example:
              linli statement --db linli.sqlite --month 2026-11
            """
    )

    @OptionGroup var db: DatabaseOption

    @Option(help: ArgumentHelp("The calendar month to settle.", valueName: "yyyy-mm"))
    var month: String

    @Option(help: ArgumentHelp("Also write the CSV files into this folder (created if needed; it must be empty unless --force).", valueName: "dir"))
    var out: String?

    @Flag(help: "Write into a folder that already holds files, replacing those of the same names.")
    var force = false

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func validate() throws {
        if ReviewWindow(month: month) == nil { throw ValidationError("--month expects yyyy-mm, found \(month)") }
    }

    func run() throws {
        guard let window = ReviewWindow(month: month) else { throw ValidationError("--month expects yyyy-mm, found \(month)") }
        let statement = try db.workspace.statement(month: window)
        if let out { try db.workspace.writeStatement(statement, to: out, force: force) }
        if json {
            Console.write(try statement.json() + "\n")
        } else {
            Console.print(statement.lines + (out.map { ["wrote \($0): totals.csv, by_enterprise.csv, by_worker.csv, by_community.csv"] } ?? []))
        }
    }
}
