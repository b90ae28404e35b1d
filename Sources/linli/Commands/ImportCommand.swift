import ArgumentParser
import LinliKit

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Validate a dataset and load it into the database (created if needed).",
        discussion: """
            Give a dataset folder (the CSV files of dataset.md; other files are ignored), or single CSV files \
            named as in a dataset (menu.csv, workers.csv, demands.csv, ...) to merge them into the stored data. \
            All or nothing: when any row is bad, every problem is listed as `file:line: column: message`, the \
            command exits 1 and the database is left exactly as it was. Re-importing the same data changes nothing.
            service_records.csv (what happened at visits, with evaluations) is optional: its rows replace stored \
            records of the same visit, and a record of a visit on no published roster is a warning.

            Examples:
              linli import SampleData --db linli.sqlite
              linli import new-menu/menu.csv --db linli.sqlite
              linli import workers.csv demands.csv --db linli.sqlite
              linli import SampleData/examples/service_records.csv --db linli.sqlite
            """
    )

    @Argument(help: ArgumentHelp("A dataset folder, or one or more dataset CSV files.", valueName: "path"))
    var paths: [String]

    @OptionGroup var db: DatabaseOption

    func run() throws {
        let summary = try db.workspace.importDataset(from: paths)
        Console.error(summary.warnings.map(\.description))
        Console.print(summary.lines)
    }
}
