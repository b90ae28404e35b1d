import ArgumentParser

struct ExportRosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "Write the published roster of a week (or an earlier version) as roster.csv, unmet.csv and summary.json.",
        discussion: """
            roster.csv: demand_id,date,start,end,worker_id,enterprise_id,item_code,price, then worker_name, \
            enterprise_name,household_id,community_id,community,address,item_name,category,minutes,priority_group
            unmet.csv: demand_id,date,reason, then household_id,community_id,community,address,category,minutes, \
            priority_group
            Both start with a UTF-8 byte order mark (for Excel); text cells that a spreadsheet would run as a \
            formula get a leading '.
            summary.json: week, score, fill_rate, assigned_visits, unmet_visits, route_km, weighted_minutes, \
            continuity_demands, preferred_visits, unmet_by_reason, seconds, upper_bound, bound_gap, ..., phases, and for a \
            replan run replan_from, kept_visits, changed_visits, new_visits.
            --version N writes the N-th roster published for the week (`linli runs` lists them). For a replan run \
            changes.csv lists every visit from the replan date on that either version assigns: \
            demand_id,date,before_worker_id,before_start,after_worker_id,after_start,change, with change one of \
            kept, moved (same worker, new start), reassigned, dropped (now unmet), cancelled (no longer a \
            visit), added.

            Examples:
              linli export roster --db linli.sqlite --week 2026-W48 --out roster-2026-W48
              linli export roster --db linli.sqlite --week 2026-W48 --version 1 \\
                --out roster-2026-W48-v1
            """
    )

    @OptionGroup var db: DatabaseOption
    @OptionGroup var week: WeekOption

    @Option(help: ArgumentHelp("Write the N-th roster published for the week instead of the published one.", valueName: "n"))
    var version: Int?

    @Option(help: ArgumentHelp("The folder to write into (created if needed; it must be empty unless --force).", valueName: "dir"))
    var out: String

    @Flag(help: "Write into a folder that already holds files, replacing those of the same names.")
    var force = false

    func validate() throws {
        if let version, version < 1 { throw ValidationError("--version must be 1 or more") }
    }

    func run() throws {
        let roster = try db.workspace.exportRoster(week: week.week, version: version, to: out, force: force)
        Console.print(["wrote \(out): \(roster.assignments.count) roster rows, \(roster.unmet.count) unmet visits"])
    }
}
