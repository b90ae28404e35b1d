import ArgumentParser

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a published roster, or the stored dataset, as files.",
        discussion: """
            Examples:
              linli export roster --db linli.sqlite --week 2026-W48 --out roster-2026-W48
              linli export dataset --db linli.sqlite --out district
            """,
        subcommands: [ExportRosterCommand.self, ExportDatasetCommand.self]
    )
}
