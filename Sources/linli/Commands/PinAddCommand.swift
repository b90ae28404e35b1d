import ArgumentParser
import LinliKit
import LinliModel

struct PinAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Pin a visit to a worker (and maybe a start time).",
        discussion: """
            The pin is checked first, with the week's other pins: a pin of an unknown demand or worker, or on a \
            day the demand has no visit, exits 1 saying so; a pin no roster could keep exits 1 naming the rule \
            it breaks. Either way it is not stored. A pin replaces an earlier pin of the same visit.

            Example:
              linli pin add --db linli.sqlite --demand D000098 --date 2026-11-24 \\
                --worker W00001 --start 12:00
            """
    )

    @OptionGroup var db: DatabaseOption

    @Option(help: "The demand_id.")
    var demand: String

    @Option(help: ArgumentHelp("The visit's date.", valueName: "yyyy-mm-dd"))
    var date: Day

    @Option(help: "The worker_id.")
    var worker: String

    @Option(help: ArgumentHelp("The start time; without it the solver chooses.", valueName: "hh:mm"))
    var start: TimeOfDay?

    @Flag(help: "Check the pin as for a run with --include-intermediary (rule 1 waived).")
    var includeIntermediary = false

    func run() throws {
        let pin = Pin(demandID: demand, date: date, workerID: worker, start: start)
        try db.workspace.addPin(pin, includeIntermediary: includeIntermediary)
        Console.print(["pinned \(pin.line)"])
    }
}
