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
              linli sheet --db linli.sqlite --week 2026-W48 --worker W00003 \\
                --day 2026-11-24
              linli sheet --db linli.sqlite --week 2026-W48 --household H000042 --csv \\
                --out H000042.csv
            """
    )

    @OptionGroup var db: DatabaseOption
    @OptionGroup var week: WeekOption

    @OptionGroup var listing: VisitListOptions

    @Option(help: ArgumentHelp("Only this day of the week.", valueName: "yyyy-mm-dd"))
    var day: Day?

    func run() throws {
        let workspace = db.workspace
        let subject: SheetRequest.Subject = listing.subject(worker: { .worker($0) }, household: { .household($0) })
        let sheet = try workspace.sheet(SheetRequest(week: week.week, subject: subject, day: day))
        try listing.emit(
            visits: sheet.visitCount, save: { try workspace.writeSheet(sheet, csv: $0, to: $1) },
            csvText: { sheet.csvText }, lines: { sheet.lines })
    }
}
