import ArgumentParser
import LinliKit

struct RosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "Build and publish the roster of one ISO week, and print its summary.",
        discussion: """
            Keeps every hard rule of rules.md, pushes the score high within the time limit, and gives every \
            unmet visit its reason. The run is stored with its options; it replaces the week's published roster \
            only once it is complete. Last week's published roster is used for continuity unless \
            --no-continuity is given. Pins stored with `linli pin add` and those of --pins are kept; an \
            impossible pin exits 1 naming the rule it breaks.

            Examples:
              linli roster --db linli.sqlite --week 2026-W48
              linli roster --db linli.sqlite --week 2026-W48 --seed 7 --time-limit 5
              linli roster --db linli.sqlite --week 2026-W48 --include-intermediary
              linli roster --db linli.sqlite --week 2026-W48 --pins pins.csv
            """
    )

    @OptionGroup var db: DatabaseOption
    @OptionGroup var week: WeekOption
    @OptionGroup var runOptions: RunOptionGroup

    func run() throws {
        let request = runOptions.request(week: week.week)
        let report = try db.workspace.roster(request, progress: Console.progress(for: request))
        Console.print(report.lines)
    }
}
