import LinliModel
import LinliPlan

extension DatasetReader {
    /// Reads a staff.csv (moves and hires for `coverage simulate`), decoded like a dataset file: BOM,
    /// GB18030, located diagnostics. Ids are checked against the dataset later, by ``StaffPlan/apply(to:week:)``.
    /// A plan hires at most ``Limits/totalHires`` workers over all its rows.
    /// - Throws: every problem of the file as `file:line: column: message`.
    public static func readStaffPlan(_ path: String) throws(DiagnosticsError) -> StaffPlan {
        let name = fileName(of: path)
        var file = LoadedFile(path: path, schema: PlanningFile.staffSchema(name: name))
        if file.columns.isComplete, file.columns["worker_id"] == nil, file.columns["enterprise_id"] == nil {
            file.log.error(line: 1, "needs the column worker_id (moves) or the columns enterprise_id, skills and count (hires)")
        }
        let rows = file.records(known: KnownIDs(base: Dataset())) { $0.staffRow() }
        var hired = 0
        for row in rows {
            guard case let .hire(hire) = row.value else { continue }
            hired += hire.count
            if hired > Limits.totalHires {
                file.log.error(
                    line: row.line, column: "count",
                    "the plan hires more than \(Limits.totalHires) workers in all (\(hired) up to this row); try fewer hires at a time")
                break
            }
        }
        if file.log.hasErrors { throw DiagnosticsError(file.log.diagnostics) }
        var plan = StaffPlan(file: name)
        for row in rows {
            switch row.value {
            case let .move(move): plan.moves.append(move)
            case let .hire(hire): plan.hires.append(hire)
            }
        }
        return plan
    }

    /// Reads a targets.csv (`indicator,target`) into the targets it sets; an indicator may appear once.
    /// - Throws: unknown indicators and unreadable or out-of-range targets as `file:line: column: message`.
    public static func readIndicatorTargets(_ path: String) throws(DiagnosticsError) -> [Indicator: IndicatorTarget] {
        var file = LoadedFile(path: path, schema: PlanningFile.targetsSchema(name: fileName(of: path)))
        let rows = file.rows(
            known: KnownIDs(base: Dataset()), key: \.indicator, keyColumn: "indicator",
            describe: { "indicator \($0.rawValue)" }
        ) { $0.indicatorTarget() }
        if file.log.hasErrors { throw DiagnosticsError(file.log.diagnostics) }
        return Dictionary(rows.map { ($0.value.indicator, $0.value.target) }, uniquingKeysWith: { a, _ in a })
    }
}
