import ArgumentParser
import LinliKit

struct ExportDatasetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dataset",
        abstract: "Write the stored dataset as the CSV files of Docs/Dataset.md.",
        discussion: """
            Importing the exported folder into an empty database gives the same content. Every file starts \
            with a UTF-8 byte order mark, so that Excel opens it as UTF-8; a text cell that a spreadsheet would \
            run as a formula (starting with =, +, -, @, a tab or a carriage return) is written with a leading ', \
            and import takes exactly that ' away again.

            Example:
              linli export dataset --db linli.sqlite --out district
            """
    )

    @OptionGroup var db: DatabaseOption

    @Option(help: ArgumentHelp("The folder to write into (created if needed; it must be empty unless --force).", valueName: "dir"))
    var out: String

    @Flag(help: "Write into a folder that already holds files, replacing those of the same names.")
    var force = false

    func run() throws {
        let dataset = try db.workspace.exportDataset(to: out, force: force)
        Console.print(["wrote \(out):"] + DatasetCounts(dataset).lines)
    }
}
