extension BatchReport {
    /// The final table: one row per item (database, week, status, visits, fill rate, score, bound gap, seconds),
    /// a totals line, and the error of every failed or blocked item.
    public var lines: [String] {
        let header = ["db", "week", "status", "visits", "fill", "score", "gap", "seconds"]
        let rows = results.map { r -> [String] in
            let f = r.figures
            return [
                r.item.database, "\(r.item.week)", r.status.rawValue, f.map { "\($0.visits)" } ?? "-",
                f.map { Format.percent($0.fillRate) } ?? "-", f.map { Format.fixed($0.score) } ?? "-",
                f?.boundGap.map(Format.percent) ?? "-", r.status == .rostered ? Format.fixed(r.seconds) : "-",
            ]
        }
        var lines = Format.table([header] + rows)
        lines.append(totalLine)
        lines += results.compactMap { r in r.error.map { "\(r.item): \($0)" } }
        return lines
    }

    /// `10 items (shard 1/3 of a 30-item plan): 8 rostered, 2 skipped; 3120 visits, 91.3% filled; 12.3 s`.
    var totalLine: String {
        let counts = self.counts
        let published = results.compactMap(\.figures)
        let visits = published.reduce(0) { $0 + $1.visits }
        let statuses = BatchItemResult.Status.allCases.compactMap { s in counts[s].map { "\($0) \(s.rawValue)" } }
        let scope = shard.map { " (shard \($0) of a \(planItems)-item plan)" } ?? (results.count == planItems ? "" : " of a \(planItems)-item plan")
        let fill = published.isEmpty ? "" : ", mean fill rate \(Format.percent(published.reduce(0) { $0 + $1.fillRate } / Double(published.count)))"
        return "\(results.count) items\(scope): \(statuses.joined(separator: ", ")); \(visits) visits\(fill); "
            + "\(Format.fixed(elapsedSeconds, 1)) s" + (interrupted ? "; INTERRUPTED" : "")
    }
}
