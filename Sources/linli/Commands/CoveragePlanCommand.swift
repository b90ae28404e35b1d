import ArgumentParser
import LinliKit
import LinliModel

extension CoverageWeight: ExpressibleByArgument {}

struct CoveragePlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Choose N candidate sites to add to the existing points so the covered household weight is largest.",
        discussion: """
            A household weighs its week's demanded weight × minutes (--weight demand) or 1 (--weight \
            households), and is covered when it lies within radius_m of an existing point or a chosen site \
            (haversine). The maximal covering location problem is solved by greedy choice and interchange, \
            bounded by Lagrangian relaxation, and solved exactly by branch and bound when that finishes within \
            its budget; the answer is deterministic. --json prints chosen, covered_weight, total_weight, \
            upper_bound and seconds (and more).

            Example:
              linli coverage plan --db linli.sqlite --week 2026-W48 \\
                --candidates SampleData/examples/sites.csv \\
                --k 3 --json
            """
    )

    @OptionGroup var db: DatabaseOption
    @OptionGroup var week: WeekOption

    @Option(help: ArgumentHelp("Candidate sites, in service_points.csv columns.", valueName: "csv"))
    var candidates: String

    @Option(name: .customLong("k"), parsing: .unconditional, help: ArgumentHelp("How many sites to choose (\(Limits.text(Limits.sitesToChoose))).", valueName: "n"))
    var k: Int

    @Option(help: "What a household weighs: its week's weight × minutes, or 1.")
    var weight: CoverageWeight = .demand

    @Flag(help: "Print the answer as one JSON object.")
    var json = false

    @OptionGroup var mapOptions: CoverageMapOptions

    func validate() throws {
        guard Limits.sitesToChoose.contains(k) else {
            throw ValidationError("--k must be a whole number from 0 to \(Limits.sitesToChoose.upperBound); found \(k)")
        }
    }

    func run() throws {
        let request = CoveragePlanRequest(
            week: week.week, candidatesFile: candidates, k: k, weight: weight, mapPath: mapOptions.map, target: mapOptions.target)
        let outcome = try db.workspace.planCoverage(request, progress: Console.progress)
        Console.print(json ? [try outcome.json()] : outcome.lines)
    }
}
