import ArgumentParser
import LinliKit

struct CoverageSimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "What if: new points and staffing, rostered in memory, coverage before and after.",
        discussion: """
            --add names new points in service_points.csv columns. --staff names a staff.csv with rows of \
            either worker_id,point_id (move a worker's base to the point) or enterprise_id,point_id,skills,count \
            (hire count employees with those skills, e.g. cleaning:3;elder_care:2, living at the point, with a \
            valid certificate, health check and training, on the enterprise's usual shift). The week is \
            rostered twice in memory with the same options and the same pins: the week's stored pins and \
            those of --pins, as `linli roster` keeps them, so "before" agrees with `linli coverage` on the \
            published roster. The database is never written (the pins of --pins are not stored).

            Example:
              linli coverage simulate --db linli.sqlite --week 2026-W48 \\
                --add SampleData/examples/new-points.csv \\
                --staff SampleData/examples/staff.csv --map after.svg
            """
    )

    @OptionGroup var db: DatabaseOption
    @OptionGroup var week: WeekOption

    @Option(help: ArgumentHelp("New points, in service_points.csv columns.", valueName: "points.csv"))
    var add: String

    @Option(help: ArgumentHelp("Staffing: moves (worker_id,point_id) and hires (enterprise_id,point_id,skills,count).", valueName: "staff.csv"))
    var staff: String?

    @OptionGroup var mapOptions: CoverageMapOptions
    @OptionGroup var runOptions: RunOptionGroup

    func run() throws {
        let request = CoverageSimulationRequest(
            week: week.week, pointsFile: add, staffFile: staff, pinsFile: runOptions.pins, mapPath: mapOptions.map,
            options: runOptions.request(week: week.week).options, target: mapOptions.target)
        Console.print(try db.workspace.simulateCoverage(request, progress: Console.progress).lines)
    }
}
