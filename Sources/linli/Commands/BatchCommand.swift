import ArgumentParser

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Roster many weeks and database files in one run, in parallel; merge the reports of shards.",
        discussion: """
            `linli batch ...` is `linli batch run ...`: see `linli batch run --help`. `linli batch merge` \
            collects the --report files of shards into one table.
            """,
        subcommands: [BatchRunCommand.self, BatchMergeCommand.self],
        defaultSubcommand: BatchRunCommand.self
    )
}
