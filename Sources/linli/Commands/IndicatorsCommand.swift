import ArgumentParser
import Foundation
import LinliKit
import LinliModel

struct IndicatorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "The 领跑者 indicators of the district, each against its target (✓ or ✗).",
        discussion: """
            Enterprises; employee-system enterprises; employee-system worker share; service points; reach \
            coverage (households weighted by the communities' official counts); the shares of workers with a \
            valid home-visit certificate, a health check within 364 days, training within 729 days, and all \
            three on the date; dishonest enterprises. Default targets follow Hangzhou's plan for --year \
            (2022: coverage > 90%, employee-system worker share > 60%; 2023: coverage 100%, share > 65%). A \
            targets file with the columns indicator,target (e.g. reach_coverage,>=95%) overrides them.

            Examples:
              linli indicators --db linli.sqlite --on 2026-11-23
              linli indicators --db linli.sqlite --year 2022 \\
                --targets SampleData/examples/targets.csv
            """
    )

    @OptionGroup var db: DatabaseOption

    @Option(help: ArgumentHelp("A targets file: indicator,target rows.", valueName: "targets.csv"))
    var targets: String?

    @Option(help: ArgumentHelp("The date workers' papers are judged on (default: today).", valueName: "yyyy-mm-dd"))
    var on: Day?

    @Option(parsing: .unconditional, help: "The Hangzhou plan year whose targets are the defaults (2022 or 2023).")
    var year: Int = 2023

    func validate() throws {
        guard [2022, 2023].contains(year) else { throw ValidationError("--year must be 2022 or 2023; found \(year)") }
    }

    func run() throws {
        let date = on ?? Self.today()
        Console.print(try db.workspace.indicators(IndicatorsRequest(date: date, targetsFile: targets, year: year)).lines)
    }

    static func today() -> Day {
        let c = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1) ?? Day(ordinal: 0)
    }
}
