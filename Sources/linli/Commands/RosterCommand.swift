import ArgumentParser
import LinliKit
import LinliModel

struct RosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "Build and publish the roster of one ISO week, and print its summary.",
        discussion: """
            Keeps every hard rule of Docs/Rules.md, pushes the score high within the time limit, and gives every \
            unmet visit its reason. The run is stored with its options; it replaces the week's published roster \
            only once it is complete. Each visit served by its weekly demand's worker in last week's published \
            roster earns 20 unless --no-continuity is given (the summary reports the relationship figures \
            either way, and the run records which run of last week it read). Pins stored with `linli pin add` and those of --pins are kept, and the \
            pins of --pins are stored with the published roster; every pin of --pins that cannot be kept is \
            listed at its line (unknown demand or worker, a day without a visit, or the rule it breaks) and the \
            command exits 1. The roster is published only if the stored data is still the data it was computed \
            from; when an import changed it meanwhile, nothing is stored and the command exits 1: run it again.

            --replan-from DATE replans the week during the week: rows of the published roster dated before \
            DATE stay exactly as they are, and from DATE on the roster is rebuilt on today's data, keeping a \
            visit's worker and start unless a change is worth more than 20 points. The replan is published as \
            the week's next version; `linli runs` lists the versions and `linli export roster --version N` \
            writes any of them, with changes.csv for a replan.

            The summary's bound is an upper bound on any roster's score (Docs/Rules.md "Upper bound"); --prove \
            SECONDS spends up to that many seconds more after the search to tighten it, on weeks of any size, \
            and leaves the roster as it is.

            Examples:
              linli roster --db linli.sqlite --week 2026-W48
              linli roster --db linli.sqlite --week 2026-W48 --seed 7 --time-limit 5
              linli roster --db linli.sqlite --week 2026-W48 --include-intermediary
              linli roster --db linli.sqlite --week 2026-W48 \\
                --pins SampleData/examples/pins.csv
              linli roster --db linli.sqlite --week 2026-W48 --prove 30
              linli roster --db linli.sqlite --week 2026-W48 --replan-from 2026-11-26
            """
    )

    @OptionGroup var db: DatabaseOption
    @OptionGroup var week: WeekOption
    @OptionGroup var runOptions: RunOptionGroup
    @OptionGroup var proof: ProofOption

    @Option(help: ArgumentHelp(
        "Replan the published roster from this date of the week on; earlier rows stay as they are.", valueName: "yyyy-mm-dd"))
    var replanFrom: Day?

    func run() throws {
        var request = proof.applied(to: runOptions.request(week: week.week))
        request.replanFrom = replanFrom
        let report = try db.workspace.roster(request, progress: Console.progress(for: request))
        Console.print(report.lines)
    }
}
