import ArgumentParser
import Foundation
import LinliKit
import LinliModel

/// `--db FILE`.
struct DatabaseOption: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("The Linli SQLite database.", valueName: "file"))
    var path: String

    var workspace: Workspace { Workspace(databasePath: path) }

    func validate() throws { try Self.validate([path]) }

    /// Refuses an empty `--db`: the one message of every command that takes one.
    static func validate(_ paths: [String]) throws {
        if paths.contains("") { throw ValidationError("--db needs a file name; found an empty one") }
    }
}

/// `--week YYYY-Www`.
struct WeekOption: ParsableArguments {
    @Option(help: ArgumentHelp("The ISO week, Monday to Sunday.", valueName: "yyyy-Www"), transform: ISOWeek.argument)
    var week: ISOWeek
}

/// The options of a roster run.
struct RunOptionGroup: ParsableArguments {
    @Flag(help: "Let intermediary (中介制) workers serve too: waives rule 1 (employee-system); recorded with the run.")
    var includeIntermediary = false

    @Option(
        parsing: .unconditional,
        help: "Seed of the search (0-18446744073709551615): the same data, seed and time limit give the same roster.")
    var seed: UInt64 = 1

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Search budget in seconds, above 0 and at most \(Int(Limits.maxTimeLimitSeconds)) (a day), counted in deterministic work units.", valueName: "seconds"))
    var timeLimit: Double = RunOptions.defaultTimeLimit

    @Flag(help: "Do not score visits served by last week's worker (the +20 per visit); the figures are still reported.")
    var noContinuity = false

    @Flag(help: "Spread the work evenly over the workers, giving up at most 1% of the score; recorded with the run.")
    var balance = false

    @Option(help: ArgumentHelp("A pins.csv (demand_id,date,worker_id[,start]) of assignments to keep; they are stored.", valueName: "file"))
    var pins: String?

    func validate() throws {
        guard Limits.isTimeLimit(timeLimit) else {
            throw ValidationError("--time-limit must be a number of seconds above 0 and at most \(Int(Limits.maxTimeLimitSeconds)) (a day); found \(timeLimit)")
        }
    }

    func request(week: ISOWeek) -> RosterRequest {
        RosterRequest(
            week: week,
            options: RunOptions(includeIntermediary: includeIntermediary, seed: seed, timeLimit: timeLimit, continuity: !noContinuity,
                balance: balance),
            pinsFile: pins,
            pauseBeforePublishing: ProcessInfo.processInfo.environment["LINLI_ROSTER_PAUSE"].flatMap(Double.init) ?? 0)
    }
}

/// `--prove SECONDS`: more bound work after the search, for `roster` and `solve`.
struct ProofOption: ParsableArguments {
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "After the search, spend up to this many seconds more tightening the upper bound (a Lagrangian relaxation "
                + "over worker-day routes on every part, also on weeks over 1,000 visits); the roster is the same.",
            valueName: "seconds"))
    var prove: Double?

    func validate() throws {
        if let prove, !Limits.isTimeLimit(prove) {
            throw ValidationError("--prove must be a number of seconds above 0 and at most \(Int(Limits.maxTimeLimitSeconds)) (a day); found \(prove)")
        }
    }

    /// `request` with the proof's seconds.
    func applied(to request: RosterRequest) -> RosterRequest {
        var request = request
        request.proveSeconds = prove ?? 0
        return request
    }
}
