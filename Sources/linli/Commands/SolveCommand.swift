import ArgumentParser
import LinliKit

struct SolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "One shot: import a dataset into a temporary database, roster a week, export it.",
        discussion: """
            The same as `import`, `roster` and `export roster` in a row, with a database that is removed \
            afterwards.

            Example:
              linli solve SampleData --week 2026-W48 --out roster-2026-W48
            """
    )

    @Argument(help: ArgumentHelp("The dataset folder.", valueName: "dataset-dir"))
    var dataset: String

    @OptionGroup var week: WeekOption

    @Option(help: ArgumentHelp("The folder to write roster.csv, unmet.csv and summary.json into.", valueName: "dir"))
    var out: String

    @OptionGroup var runOptions: RunOptionGroup

    func run() throws {
        let outcome = try OneShotSolve(datasetDirectory: dataset, request: runOptions.request(week: week.week), outDirectory: out)
            .run(progress: Console.progress)
        Console.error(outcome.imported.warnings.map(\.description))
        Console.print(outcome.roster.lines + ["wrote \(out)"])
    }
}
