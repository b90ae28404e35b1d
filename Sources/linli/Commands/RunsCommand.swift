import ArgumentParser
import LinliModel

struct RunsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runs",
        abstract: "List the stored roster runs, newest first.",
        discussion: """
            Each run shows its week, its version (the N-th roster published for the week, which \
            `linli export roster --version N` writes), for a replan run the replan date and the run it \
            replaced, options, score, upper bound, fill rate and time; the run that is its week's published \
            roster is marked.

            Examples:
              linli runs --db linli.sqlite
              linli runs --db linli.sqlite --week 2026-W48
            """
    )

    @OptionGroup var db: DatabaseOption

    @Option(help: ArgumentHelp("Only runs of this ISO week.", valueName: "yyyy-Www"), transform: ISOWeek.argument)
    var week: ISOWeek?

    func run() throws {
        Console.print(try db.workspace.runLines(week: week))
    }
}
