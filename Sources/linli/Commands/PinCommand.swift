import ArgumentParser

struct PinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pin",
        abstract: "Fix assignments by hand that every roster of their week must keep.",
        discussion: """
            Examples:
              linli pin add --db linli.sqlite --demand D000098 --date 2026-11-24 \\
                --worker W00001 --start 12:00
              linli pin list --db linli.sqlite --week 2026-W48
              linli pin remove --db linli.sqlite --demand D000098 --date 2026-11-24
            """,
        subcommands: [PinAddCommand.self, PinListCommand.self, PinRemoveCommand.self]
    )
}
