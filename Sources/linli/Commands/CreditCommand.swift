import ArgumentParser

struct CreditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "credit",
        abstract: "Review complaints and no-shows, and change credit statuses with an audit trail.",
        discussion: """
            Nothing changes a credit status by itself: `review` lists who crossed a threshold, with the \
            evidence; a person decides with `set`, which records who, when and why.

            Examples:
              linli credit review --db linli.sqlite --month 2026-11
              linli credit set --db linli.sqlite --worker W00003 --credit warned \\
                --reason "two no-shows in November"
              linli credit log --db linli.sqlite
            """,
        subcommands: [CreditReviewCommand.self, CreditSetCommand.self, CreditLogCommand.self]
    )
}
