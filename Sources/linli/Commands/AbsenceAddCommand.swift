import ArgumentParser
import LinliKit
import LinliModel

struct AbsenceAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record an absence of a worker, or change the last day of one.",
        discussion: """
            An absence is known by its worker and first day: adding one with the same worker and --from \
            replaces it, which shortens or extends it. An unknown worker, or --until before --from, exits 1 \
            and stores nothing.

            Example:
              linli absence add --db linli.sqlite --worker W00003 --from 2026-11-25 \\
                --until 2026-11-26 --reason sick
            """
    )

    @OptionGroup var db: DatabaseOption

    @Option(help: "The worker_id.")
    var worker: String

    @Option(help: ArgumentHelp("The first day away.", valueName: "yyyy-mm-dd"))
    var from: Day

    @Option(help: ArgumentHelp("The last day away (the same as --from for one day).", valueName: "yyyy-mm-dd"))
    var until: Day

    @Option(help: "Why: leave (休假), sick (病假), training (培训) or other.")
    var reason: AbsenceReason

    func run() throws {
        let absence = Absence(workerID: worker, from: from, until: until, reason: reason)
        let replaced = try db.workspace.addAbsence(absence)
        Console.print(["\(replaced ? "changed" : "recorded") absence: \(absence.line)"])
    }
}
