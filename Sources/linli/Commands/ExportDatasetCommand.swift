import ArgumentParser
import LinliKit

struct ExportDatasetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dataset",
        abstract: "Write the stored dataset as the CSV files of dataset.md.",
        discussion: """
            Importing the exported folder into an empty database gives the same content.

            Example:
              linli export dataset --db linli.sqlite --out district
            """
    )

    @OptionGroup var db: DatabaseOption

    @Option(help: ArgumentHelp("The folder to write into (created if needed).", valueName: "dir"))
    var out: String

    func run() throws {
        let dataset = try db.workspace.exportDataset(to: out)
        Console.print(["wrote \(out):"] + DatasetCounts(dataset).lines)
    }
}
