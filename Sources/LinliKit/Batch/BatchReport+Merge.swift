extension BatchReport {
    /// What `linli batch merge` made of several reports: one report, and what it had to say about them.
    public struct Merged: Sendable {
        public var report: BatchReport
        /// Missing shards or items, reports of different plans or options, items covered twice.
        public var warnings: [String]
    }

    /// Collects shard reports into one report over the whole plan, in plan order.
    ///
    /// An item reported by several files is kept once when they agree (same status, same roster figures;
    /// run ids and timings may differ). A published or failed result wins over pending or blocked.
    /// - Parameter reports: (file name, report) pairs, the names used in messages.
    /// - Throws: `BatchError.conflict` when two reports give different results for one item.
    /// - Complexity: O(items · log items).
    public static func merge(_ reports: [(name: String, report: BatchReport)]) throws -> Merged {
        var warnings: [String] = []
        var chosen: [BatchItem: (name: String, result: BatchItemResult)] = [:]
        for (name, report) in reports {
            for result in report.results {
                guard let kept = chosen[result.item] else { chosen[result.item] = (name, result); continue }
                switch (kept.result.isOutcome, result.isOutcome) {
                case (true, true):
                    guard kept.result.agrees(with: result) else {
                        throw BatchError.conflict(item: result.item, first: kept.name, second: name)
                    }
                    warnings.append("\(result.item) is in both \(kept.name) and \(name) (same result)")
                case (false, true): chosen[result.item] = (name, result)
                default: break
                }
            }
        }
        let first = reports.first?.report
        if reports.contains(where: { $0.report.options != first?.options }) {
            warnings.append("the reports were made with different run options; the merged report lists the first file's")
        }
        warnings += shardWarnings(reports.map(\.report))
        let planItems = reports.map(\.report.planItems).max() ?? 0
        if Set(reports.map(\.report.planItems)).count > 1 {
            warnings.append("the reports come from plans of different sizes (\(Set(reports.map(\.report.planItems)).sorted()))")
        }
        if chosen.count < planItems { warnings.append("\(planItems - chosen.count) of \(planItems) plan items are in no report") }
        let merged = BatchReport(
            options: first?.options ?? .init(), shard: nil, planItems: planItems,
            interrupted: reports.contains { $0.report.interrupted },
            elapsedSeconds: reports.map(\.report.elapsedSeconds).max() ?? 0,
            results: chosen.values.map(\.result).sorted { ($0.item, $0.entry.index) < ($1.item, $1.entry.index) })
        return Merged(report: merged, warnings: warnings)
    }

    /// Warnings about shards: counts that differ between reports, and shards of 1…n no report holds.
    static func shardWarnings(_ reports: [BatchReport]) -> [String] {
        let shards = reports.compactMap(\.shard)
        let counts = Set(shards.map(\.count))
        guard let n = counts.first else { return [] }
        guard counts.count == 1 else { return ["the reports split their plans into different numbers of shards (\(counts.sorted()))"] }
        let missing = Set(1...n).subtracting(shards.map(\.index)).sorted()
        return missing.isEmpty ? [] : ["missing shard(s) " + missing.map { "\($0)/\(n)" }.joined(separator: ", ")]
    }
}
