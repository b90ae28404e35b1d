import ArgumentParser
import LinliModel

struct PinRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove the pin of one visit.",
        discussion: """
            Exits 1 when the visit has no pin.

            Example:
              linli pin remove --db linli.sqlite --demand D000098 --date 2026-11-24
            """
    )

    @OptionGroup var db: DatabaseOption

    @Option(help: "The demand_id.")
    var demand: String

    @Option(help: ArgumentHelp("The visit's date.", valueName: "yyyy-mm-dd"))
    var date: Day

    func run() throws {
        try db.workspace.removePin(demandID: demand, date: date)
        Console.print(["removed the pin of \(demand) on \(date)"])
    }
}
