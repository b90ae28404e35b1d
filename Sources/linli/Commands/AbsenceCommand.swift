import ArgumentParser

struct AbsenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "absence",
        abstract: "Record, list and remove workers' absences (leave, sick days) without a file.",
        discussion: """
            An absence keeps its worker off every visit from its first to its last day (rule 14). It is \
            part of the dataset, like a row of absences.csv: a roster made before the change cannot be \
            published after it.

            Examples:
              linli absence add --db linli.sqlite --worker W00003 --from 2026-11-25 \\
                --until 2026-11-26 --reason sick
              linli absence list --db linli.sqlite --week 2026-W48
            """,
        subcommands: [AbsenceAddCommand.self, AbsenceListCommand.self, AbsenceRemoveCommand.self]
    )
}
