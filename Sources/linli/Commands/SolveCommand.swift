import ArgumentParser
import Foundation
import LinliKit

struct SolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "One shot: import a dataset into a temporary database, roster a week, export it.",
        discussion: """
            The same as `import`, `roster` and `export roster` in a row, with a private temporary database \
            (readable by you only) that is removed afterwards, also when the command is interrupted \
            (Ctrl-C, SIGTERM). The output folder must be new or empty unless --force is given.

            Example:
              linli solve SampleData --week 2026-W48 --out solved-2026-W48
            """
    )

    @Argument(help: ArgumentHelp("The dataset folder.", valueName: "dataset-dir"))
    var dataset: String

    @OptionGroup var week: WeekOption

    @Option(help: ArgumentHelp("The folder to write roster.csv, unmet.csv and summary.json into.", valueName: "dir"))
    var out: String

    @Flag(help: "Write into an output folder that already holds files.")
    var force = false

    @OptionGroup var runOptions: RunOptionGroup
    @OptionGroup var proof: ProofOption

    func run() throws {
        let solve = OneShotSolve(
            datasetDirectory: dataset, request: proof.applied(to: runOptions.request(week: week.week)), outDirectory: out, force: force)
        let finish = BatchFinish()
        let signals = BatchFinish.onInterrupt { signal in
            guard finish.claim() else { return }
            solve.removeScratch()
            Console.error(["linli: interrupted; the temporary database was removed"])
            fflush(nil)
            _exit(128 + signal)
        }
        let outcome: OneShotSolve.Outcome
        do {
            outcome = try solve.run(progress: Console.progress(for: solve.request))
        } catch {
            guard finish.claim() else { while true { pause() } }
            throw error
        }
        guard finish.claim() else { while true { pause() } }
        withExtendedLifetime(signals) {}
        Console.error(outcome.imported.warnings.map(\.description))
        Console.print(outcome.roster.lines + ["wrote \(out)"])
    }
}
