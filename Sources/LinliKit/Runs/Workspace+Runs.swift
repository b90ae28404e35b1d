import LinliModel
import LinliStore

extension Workspace {
    /// The stored runs of `week` (all weeks when nil), newest first.
    public func runs(week: ISOWeek?) throws -> [RunInfo] {
        try existingDatabase().runs(week: week)
    }

    /// `linli runs`: the stored runs of `week` (all weeks when nil), newest first, one line each, with the
    /// version number of each within its week and, for a replan run, its date and the run it replaced.
    public func runLines(week: ISOWeek?) throws -> [String] {
        let runs = try self.runs(week: week)
        guard !runs.isEmpty else { return ["no runs stored" + (week.map { " for \($0)" } ?? "")] }
        let header = ["run", "week", "version", "replan", "created", "seed", "limit", "options", "score", "bound", "fill", "assigned", "unmet", "seconds", ""]
        return Format.table([header] + runs.map(Self.row))
    }

    private static func row(_ run: RunInfo) -> [String] {
        let o = run.options
        let flags = [o.includeIntermediary ? "intermediary" : "employee", o.continuity ? "continuity" : "no-continuity"]
            + (o.balance ? ["balance"] : [])
        return [
            "\(run.id)", "\(run.week)", "\(run.version)",
            run.replan.map { "from \($0.from) (run \($0.replacedRunID))" } ?? "-", run.createdAt.formatted(.iso8601), "\(o.seed)", "\(Format.fixed(o.timeLimit, 1))s",
            flags.joined(separator: ","), Format.fixed(run.score), run.upperBound.map { Format.fixed($0) } ?? "-",
            Format.percent(run.fillRate), "\(run.assignedVisits)", "\(run.unmetVisits)", Format.fixed(run.seconds),
            run.published ? "published" : "",
        ]
    }
}
