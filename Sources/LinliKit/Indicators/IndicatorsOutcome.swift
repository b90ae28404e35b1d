import LinliPlan

/// The indicator table `linli indicators` prints.
public struct IndicatorsOutcome: Hashable, Sendable {
    public var sheet: IndicatorSheet
    public var year: Int
    public var targetsFile: String?

    public var lines: [String] {
        let source = targetsFile.map { "targets from \($0) over the Hangzhou \(year) defaults" } ?? "Hangzhou \(year) targets"
        var rows = [["", "indicator", "value", "target"]]
        for row in sheet.rows {
            let mark = row.isMet.map { $0 ? "✓" : "✗" } ?? "–"
            rows.append([mark, row.indicator.title, row.valueText, row.target?.description ?? "none"])
        }
        let missed = sheet.missed.count
        return ["领跑者 indicators on \(sheet.date) (\(source))"] + Format.table(rows)
            + [missed == 0 ? "every target met" : "\(missed) of \(sheet.rows.count) targets missed"]
    }
}
