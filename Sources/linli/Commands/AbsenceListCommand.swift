import ArgumentParser
import LinliModel

struct AbsenceListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the stored absences: worker, first and last day, reason.",
        discussion: """
            Example:
              linli absence list --db linli.sqlite --week 2026-W48
            """
    )

    @OptionGroup var db: DatabaseOption

    @Option(
        help: ArgumentHelp("Only the absences that cover a day of this ISO week.", valueName: "yyyy-Www"),
        transform: ISOWeek.argument)
    var week: ISOWeek?

    func run() throws {
        let absences = try db.workspace.absences(week: week)
        Console.print(absences.isEmpty ? [week.map { "no absences in \($0)" } ?? "no absences"] : absences.map(\.line))
    }
}
