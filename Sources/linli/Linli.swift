import ArgumentParser

/// The `linli` command: parses the command line and hands the work to LinliKit.
@main
struct Linli: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "linli",
        abstract: "Rosters household-service workers (家政服务员) to residents' demands, week by week.",
        discussion: """
            Linli reads a district dataset (communities, service points, enterprises and their menus, workers \
            and shifts, households and their demands) into a SQLite file, builds each week's roster under the \
            district's hard rules, explains every unmet visit, and exports the result.

            Exit codes: 0 ok, 1 invalid input (the problems are on stderr), 2 usage error.

            Examples:
              linli demo
              linli import SampleData --db linli.sqlite
              linli roster --db linli.sqlite --week 2026-W48
              linli check --db linli.sqlite --week 2026-W48
              linli export roster --db linli.sqlite --week 2026-W48 --out roster
            """,
        version: "1.1.0",
        subcommands: [
            ImportCommand.self, RosterCommand.self, ExportCommand.self, CheckCommand.self, SolveCommand.self,
            GenerateCommand.self, PinCommand.self, AbsenceCommand.self, RunsCommand.self, DemoCommand.self, BatchCommand.self,
            CoverageCommand.self, ServeCommand.self, UserCommand.self,
            IndicatorsCommand.self, SheetCommand.self, HistoryCommand.self, CreditCommand.self, StatementCommand.self,
        ]
    )

    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            Termination.flushOutput()
        } catch {
            Termination.exit(with: error)
        }
    }
}
