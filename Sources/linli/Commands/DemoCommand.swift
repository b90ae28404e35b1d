import ArgumentParser
import LinliKit

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Import the sample district, show what it holds, and roster its week 2026-W48.",
        discussion: """
            Reads SampleData (from the current folder, or next to the package) into the database, prints \
            the rows per file and the week's visits, then builds, stores and summarizes the roster.

            Examples:
              swift run linli demo
              linli demo --db demo.sqlite
            """
    )

    @Option(name: .customLong("db"), help: ArgumentHelp("The database to create or update.", valueName: "file"))
    var path = "linli.sqlite"

    @Option(help: ArgumentHelp("Another dataset folder to use instead of SampleData.", valueName: "dir"))
    var sampleData: String?

    @OptionGroup var runOptions: RunOptionGroup

    func run() throws {
        let options = runOptions.request(week: Demo.week).options
        let outcome = try Demo(databasePath: path, sampleData: sampleData, options: options).run(progress: Console.progress)
        Console.error(outcome.imported.warnings.map(\.description))
        Console.print(outcome.lines)
    }
}
