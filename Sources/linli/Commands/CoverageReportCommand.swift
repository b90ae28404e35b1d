import ArgumentParser
import LinliKit
import LinliModel

struct CoverageReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Reach and service per community and for the district (the default of `linli coverage`).",
        discussion: """
            Reach: the share of a community's households (households.csv) within radius_m of a point where \
            at least one enterprise that is not dishonest operates. Service: the fill rate of the week's \
            published roster for the community's demand (assigned ÷ demanded weight × minutes); n/a without \
            a roster. District figures weigh communities by their official household count \
            (communities.csv households). Communities below the target are listed with their main unmet reasons.

            Examples:
              linli coverage --db linli.sqlite --week 2026-W48
              linli coverage --db linli.sqlite --target 1 --map coverage.svg --json
            """
    )

    @OptionGroup var db: DatabaseOption

    @Option(
        help: ArgumentHelp("The week whose published roster gives service (default: the latest published).", valueName: "yyyy-Www"),
        transform: ISOWeek.argument)
    var week: ISOWeek?

    @OptionGroup var mapOptions: CoverageMapOptions

    @Flag(help: "Print JSON instead of the table.")
    var json = false

    func run() throws {
        let outcome = try db.workspace.coverage(CoverageRequest(week: week, target: mapOptions.target, mapPath: mapOptions.map))
        Console.print(json ? [try outcome.json()] : outcome.lines)
    }
}
