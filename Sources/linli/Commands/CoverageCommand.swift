import ArgumentParser

struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Service-point coverage: measure it, simulate new points, plan where to add them.",
        discussion: """
            Examples:
              linli coverage --db linli.sqlite --week 2026-W48 --map coverage.svg
              linli coverage simulate --db linli.sqlite --week 2026-W48 \\
                --add SampleData/examples/new-points.csv \\
                --staff SampleData/examples/staff.csv
              linli coverage plan --db linli.sqlite --week 2026-W48 \\
                --candidates SampleData/examples/sites.csv --k 3 --json
            """,
        subcommands: [CoverageReportCommand.self, CoverageSimulateCommand.self, CoveragePlanCommand.self],
        defaultSubcommand: CoverageReportCommand.self
    )
}

/// `--target` and `--map`, shared by the coverage commands.
struct CoverageMapOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp("The coverage target as a ratio (Hangzhou 2022: 0.9).", valueName: "ratio"))
    var target: Double = 0.9

    @Option(help: ArgumentHelp("Also draw the district as an SVG map into this file.", valueName: "out.svg"))
    var map: String?

    func validate() throws {
        guard target > 0, target <= 1 else { throw ValidationError("--target must be a ratio above 0 and at most 1, e.g. 0.9; found \(target)") }
    }
}
