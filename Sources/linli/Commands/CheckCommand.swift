import ArgumentParser

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Re-verify the published roster of a week: hard rules, unmet reasons and score.",
        discussion: """
            Checks rules 1-14 of Docs/Rules.md row by row against the raw dataset (with the rule-1 option the run \
            was made with), checks that every unmet visit is listed once with the right reason, and recomputes \
            the score (tolerance 0.01). Independent of the solver's own bookkeeping. Exits 1 on any problem, or \
            when no roster is stored for the week.

            Example:
              linli check --db linli.sqlite --week 2026-W48
            """
    )

    @OptionGroup var db: DatabaseOption
    @OptionGroup var week: WeekOption

    func run() throws {
        let summary = try db.workspace.check(week: week.week)
        Console.print(summary.lines)
        if let failure = summary.failure { throw failure }
    }
}
