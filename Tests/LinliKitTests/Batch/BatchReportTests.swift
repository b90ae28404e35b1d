import Foundation
import LinliKit
import LinliModel
import Testing

@Suite struct BatchReportTests {
    static let plan = BatchPlan(databases: ["a.sqlite", "b.sqlite"], weeks: WeekSpan(text: "2026-W48...2026-W50")!.weeks)
    static let options = RunOptions(seed: 3, timeLimit: 0.5)

    /// A published result whose figures follow from its plan index.
    static func published(_ entry: BatchPlan.Entry, score: Double? = nil, runID: Int64 = 1) -> BatchItemResult {
        let k = entry.index
        return BatchItemResult(
            entry: entry, status: .rostered,
            figures: BatchFigures(
                runID: runID, assignedVisits: 100 + k, unmetVisits: k, fillRate: 0.9, score: score ?? 1000 + Double(k),
                upperBound: k.isMultiple(of: 2) ? 1200 : nil, solveSeconds: 0.5),
            seconds: 1.5)
    }

    static func shardReport(_ i: Int, of n: Int, change: (inout BatchItemResult) -> Void = { _ in }) -> (name: String, report: BatchReport) {
        let shard = BatchShard(index: i, count: n)!
        var results = plan.entries(in: shard).map { published($0) }
        for k in results.indices { change(&results[k]) }
        return ("r\(i).json", BatchReport(options: options, shard: shard, planItems: plan.entries.count, results: results))
    }

    @Test func aReportSurvivesItsJSON() throws {
        var report = Self.shardReport(2, of: 3).report
        report.results[0].status = .failed
        report.results[0].figures = nil
        report.results[0].error = "no database at a.sqlite"
        report.results.append(BatchItemResult(entry: Self.plan.entries[5], status: .pending))
        report.interrupted = true
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("linli-batch-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try report.write(to: path)
        #expect(try BatchReport.read(path) == report)
        let object = try JSONSerialization.jsonObject(with: report.json()) as? [String: Any]
        #expect(Set(object?.keys.map { $0 } ?? []) == ["format", "options", "shard", "plan_items", "interrupted", "elapsed_seconds", "items"])
    }

    /// `--balance` survives the report; a report written before the option existed reads as without it.
    @Test func balanceSurvivesAndOlderReportsReadWithoutIt() throws {
        var report = Self.shardReport(1, of: 3).report
        report.options.balance = true
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("linli-batch-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try report.write(to: path)
        #expect(try BatchReport.read(path).options.balance)
        let older = try #require(String(data: report.json(), encoding: .utf8)?.replacingOccurrences(of: "\"balance\" : true,", with: ""))
        #expect(!older.contains("balance"))
        try Data(older.utf8).write(to: URL(fileURLWithPath: path))
        #expect(try BatchReport.read(path).options == Self.options)
    }

    @Test func aFileThatIsNoReportIsNamedInTheError() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("linli-batch-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(#"{"format": 1, "items": []}"#.utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            try BatchReport.read(path)
        } throws: { error in
            guard case let .unreadableReport(p, reason)? = error as? BatchError else { return false }
            return p == path && reason.contains("options")
        }
    }

    @Test(arguments: [1, 2, 3, 4])
    func shardReportsMergeIntoThePlanInOrder(count: Int) throws {
        let reports = (1...count).map { Self.shardReport($0, of: count) }
        let merged = try BatchReport.merge(reports.reversed())
        #expect(merged.warnings.isEmpty)
        #expect(merged.report.results == Self.plan.entries.map { Self.published($0) })
        #expect(merged.report.shard == nil)
        #expect(merged.report.planItems == Self.plan.entries.count)
        #expect(merged.report.succeeded)
    }

    @Test func aMissingShardIsWarnedAbout() throws {
        let merged = try BatchReport.merge([Self.shardReport(1, of: 3), Self.shardReport(3, of: 3)])
        #expect(merged.warnings.contains("missing shard(s) 2/3"))
        #expect(merged.warnings.contains { $0.contains("2 of 6 plan items are in no report") })
        #expect(merged.report.results.count == 4)
    }

    @Test func twoReportsThatAgreeOnAnItemKeepItOnceWhateverTheirRunIDsAndTimes() throws {
        let again = Self.shardReport(2, of: 3) {
            $0.figures?.runID = 99
            $0.figures?.solveSeconds = 7
            $0.seconds = 9
        }
        let merged = try BatchReport.merge([Self.shardReport(1, of: 3), Self.shardReport(2, of: 3), again, Self.shardReport(3, of: 3)])
        #expect(merged.report.results.count == Self.plan.entries.count)
        #expect(merged.warnings.count == 2)
        #expect(merged.warnings.allSatisfy { $0.contains("same result") })
    }

    @Test func twoReportsThatDisagreeOnAnItemAreRefused() throws {
        let other = Self.shardReport(2, of: 3) { $0.figures?.score += 0.5 }
        #expect(throws: BatchError.conflict(item: Self.plan.entries[1].item, first: "r2.json", second: "r2.json")) {
            try BatchReport.merge([Self.shardReport(2, of: 3), other])
        }
        let failed = Self.shardReport(2, of: 3) {
            $0.status = .failed
            $0.figures = nil
        }
        #expect(throws: BatchError.self) { try BatchReport.merge([failed, Self.shardReport(2, of: 3)]) }
    }

    @Test func aPublishedResultReplacesAPendingOne() throws {
        let interrupted = Self.shardReport(1, of: 1) {
            if $0.entry.index >= 2 { ($0.status, $0.figures) = (.pending, nil) }
        }
        let resumed = Self.shardReport(1, of: 1)
        let merged = try BatchReport.merge([interrupted, resumed])
        #expect(merged.report.results == resumed.report.results)
        #expect(merged.report.interrupted == false)
    }

    @Test func theTableHasARowPerItemAndTotals() {
        var report = Self.shardReport(1, of: 1).report
        report.shard = nil
        let lines = report.lines
        #expect(lines.count == Self.plan.entries.count + 2)
        #expect(lines[0].hasPrefix("db"))
        #expect(lines[1].contains("a.sqlite") && lines[1].contains("2026-W48") && lines[1].contains("1000.00"))
        let visits = report.results.compactMap(\.figures).reduce(0) { $0 + $1.visits }
        #expect(lines.last!.contains("6 items: 6 rostered; \(visits) visits"))
    }

    @Test func theProgressLineShowsTheBarCountsAndTimes() {
        let p = BatchProgress(finished: 12, worked: 10, total: 40, elapsedSeconds: 31, running: [])
        #expect(p.line == "[######..............] 12/40 items, 00:31 elapsed, ETA 01:27")
        #expect(BatchProgress(finished: 0, worked: 0, total: 3, elapsedSeconds: 2, running: []).line.hasSuffix("ETA --:--"))
        #expect(BatchProgress.clock(3_725) == "1:02:05")
    }
}
