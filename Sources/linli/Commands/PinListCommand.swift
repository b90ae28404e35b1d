import ArgumentParser

struct PinListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the pins of a week: demand, date, worker and start.",
        discussion: """
            Example:
              linli pin list --db linli.sqlite --week 2026-W48
            """
    )

    @OptionGroup var db: DatabaseOption
    @OptionGroup var week: WeekOption

    func run() throws {
        let pins = try db.workspace.pins(week: week.week)
        Console.print(pins.isEmpty ? ["no pins in \(week.week)"] : pins.map(\.line))
    }
}
