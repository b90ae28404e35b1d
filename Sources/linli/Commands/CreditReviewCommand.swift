import ArgumentParser
import LinliKit
import LinliModel

struct CreditReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "List workers and enterprises whose serious complaints or no-shows cross the thresholds.",
        discussion: """
            Looks at the service records dated in the window (every record without one). A worker is flagged \
            with at least 1 serious complaint or 2 no-shows; an enterprise with at least 3 serious complaints \
            or 5 no-shows across its workers. Each is printed with its evidence rows. Changes nothing.

            Examples:
              linli credit review --db linli.sqlite --month 2026-11
              linli credit review --db linli.sqlite --from 2026-11-23 --until 2026-11-29 \\
                --json
            """
    )

    @OptionGroup var db: DatabaseOption

    @Option(help: ArgumentHelp("First day of the window.", valueName: "yyyy-mm-dd"))
    var from: Day?

    @Option(help: ArgumentHelp("Last day of the window.", valueName: "yyyy-mm-dd"))
    var until: Day?

    @Option(help: ArgumentHelp("The calendar month as the window.", valueName: "yyyy-mm"))
    var month: String?

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func validate() throws {
        if month != nil, from != nil || until != nil { throw ValidationError("give either --month or --from/--until") }
        if (from == nil) != (until == nil) { throw ValidationError("give both --from and --until") }
        if let from, let until, until < from { throw ValidationError("--until \(until) is before --from \(from)") }
        if let month, ReviewWindow(month: month) == nil { throw ValidationError("--month expects yyyy-mm, found \(month)") }
    }

    func run() throws {
        let window = month.flatMap(ReviewWindow.init(month:)) ?? from.flatMap { f in until.map { ReviewWindow(from: f, until: $0) } }
        let review = try db.workspace.creditReview(window: window)
        if json {
            Console.write(try review.json() + "\n")
        } else {
            Console.print(review.lines)
        }
    }
}
