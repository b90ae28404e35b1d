import ArgumentParser
import LinliModel

struct AbsenceRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove the absence of a worker that starts on a given day.",
        discussion: """
            Exits 1 when no such absence is stored.

            Example:
              linli absence add --db linli.sqlite --worker W00003 --from 2026-11-25 \\
                --until 2026-11-25 --reason leave && \\
                linli absence remove --db linli.sqlite --worker W00003 --from 2026-11-25
            """
    )

    @OptionGroup var db: DatabaseOption

    @Option(help: "The worker_id.")
    var worker: String

    @Option(help: ArgumentHelp("The absence's first day.", valueName: "yyyy-mm-dd"))
    var from: Day

    func run() throws {
        try db.workspace.removeAbsence(workerID: worker, from: from)
        Console.print(["removed the absence of \(worker) from \(from)"])
    }
}
