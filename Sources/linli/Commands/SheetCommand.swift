import ArgumentParser
import LinliKit
import LinliModel

struct SheetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sheet",
        abstract: "Print a worker's route sheet or a household's visits from the published roster.",
        discussion: """
            A worker's sheet is a page to hand over: the employer and base point, then per day the visits in \
            route order (time, household address and community, item, minutes, price) with the travel from \
            home, between visits and back, and the day's totals. A household's sheet lists its visits of the \
            week (worker, enterprise, item, minutes, price) and the visits left unmet, with their reasons.
            --csv gives the same rows as CSV (UTF-8 with a byte order mark, for Excel).

            Examples:
              linli sheet --db linli.sqlite --week 2026-W48 --worker W00003 --day 2026-11-24
              linli sheet --db linli.sqlite --week 2026-W48 --household H000042 --csv --out H000042.csv
            """
    )

    @OptionGroup var db: DatabaseOption
    @OptionGroup var week: WeekOption

    @Option(help: ArgumentHelp("The worker_id whose route sheet to print.", valueName: "id"))
    var worker: String?

    @Option(help: ArgumentHelp("The household_id whose visits to print.", valueName: "id"))
    var household: String?

    @Option(help: ArgumentHelp("Only this day of the week.", valueName: "yyyy-mm-dd"))
    var day: Day?

    @Flag(help: "CSV instead of a text page.")
    var csv = false

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var out: String?

    func validate() throws {
        guard (worker == nil) != (household == nil) else { throw ValidationError("give either --worker or --household") }
    }

    func run() throws {
        let subject: SheetRequest.Subject = worker.map { .worker($0) } ?? .household(household ?? "")
        let sheet = try db.workspace.sheet(SheetRequest(week: week.week, subject: subject, day: day))
        if let out {
            try db.workspace.writeSheet(sheet, csv: csv, to: out)
            Console.print(["wrote \(out): \(sheet.visitCount) visits"])
        } else if csv {
            Console.write(sheet.csvText)
        } else {
            Console.print(sheet.lines)
        }
    }
}
