import ArgumentParser
import LinliKit

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Validate a dataset and load it into the database (created if needed).",
        discussion: """
            Give a dataset folder (the CSV files of Docs/Dataset.md; other files are ignored), or single CSV files \
            named as in a dataset (menu.csv, workers.csv, demands.csv, ...) to merge them into the stored data. \
            All or nothing: when any row is bad, every problem is listed as `file:line: column: message`, the \
            command exits 1 and the database is left exactly as it was. Re-importing the same data changes nothing. \
            The folder of a new --db file must exist. service_records.csv (what happened at visits, with \
            evaluations) is optional: its rows replace stored records of the same visit, and a record of a \
            visit on no published roster is a warning.

            An import adds and changes rows; it deletes nothing. To delete what a dataset no longer lists, give \
            the whole dataset folder with --replace: first with --dry-run, which lists what would be added, changed \
            and removed and saves nothing. Rows that published rosters still name (demands, workers, enterprises) \
            are only deleted with --force; the pins of deleted demands and workers go with them.

            Examples:
              linli import SampleData --db linli.sqlite
              linli import SampleData/examples/new-menu/menu.csv --db linli.sqlite
              linli import SampleData/workers.csv SampleData/demands.csv --db linli.sqlite
              linli import SampleData --db linli.sqlite --replace --dry-run
              linli import SampleData/examples/service_records.csv --db linli.sqlite
            """
    )

    @Argument(help: ArgumentHelp("A dataset folder, or one or more dataset CSV files.", valueName: "path"))
    var paths: [String]

    @OptionGroup var db: DatabaseOption

    @Flag(help: "Delete the stored rows that the dataset folder (the whole dataset) no longer lists.")
    var replace = false

    @Flag(help: "Say what the import would add, change and remove, and save nothing.")
    var dryRun = false

    @Flag(help: "With --replace, delete rows that published rosters still name.")
    var force = false

    func run() throws {
        let summary = try db.workspace.importDataset(
            from: paths, options: ImportOptions(replace: replace, dryRun: dryRun, force: force))
        Console.error(summary.warnings.map(\.description))
        Console.print(summary.lines)
    }
}
