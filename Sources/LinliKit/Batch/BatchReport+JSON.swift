import Foundation
import LinliDataset
import LinliModel

extension BatchReport {
    /// The report as pretty-printed JSON with sorted keys (`format` 1; fields in snake case).
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(ReportDocument(self))
    }

    /// Reads a report written by ``json()``.
    /// - Throws: `BatchError.unreadableReport` naming the file and what is wrong with it.
    public static func read(_ path: String) throws -> BatchReport {
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return try JSONDecoder().decode(ReportDocument.self, from: data).report()
        } catch let error as BatchError {
            throw BatchError.unreadableReport(path: path, reason: error.description)
        } catch let error as DecodingError {
            throw BatchError.unreadableReport(path: path, reason: Self.describe(error))
        } catch {
            throw BatchError.unreadableReport(path: path, reason: error.localizedDescription)
        }
    }

    /// Writes the report to `path` atomically (a temporary file renamed over it), so it is whole or absent.
    public func write(to path: String) throws {
        try OutputFile.write(json(), to: path)
    }

    private static func describe(_ error: DecodingError) -> String {
        switch error {
        case let .keyNotFound(key, context): "missing \((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))"
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            "\(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
        @unknown default: "\(error)"
        }
    }
}

/// The JSON of a report.
private struct ReportDocument: Codable {
    var format: Int
    var options: OptionsDocument
    var shard: ShardDocument?
    var planItems: Int
    var interrupted: Bool
    var elapsedSeconds: Double
    var items: [ItemDocument]

    static let currentFormat = 1

    enum CodingKeys: String, CodingKey {
        case format, options, shard, interrupted, items
        case planItems = "plan_items", elapsedSeconds = "elapsed_seconds"
    }

    struct OptionsDocument: Codable {
        var seed: UInt64
        var timeLimit: Double
        var includeIntermediary: Bool
        var continuity: Bool
        /// Absent in reports written before `--balance` existed.
        var balance: Bool?

        enum CodingKeys: String, CodingKey {
            case seed, continuity, balance, timeLimit = "time_limit", includeIntermediary = "include_intermediary"
        }
    }

    struct ShardDocument: Codable {
        var index: Int
        var count: Int
    }

    struct ItemDocument: Codable {
        var index: Int
        var db: String
        var week: String
        var status: BatchItemResult.Status
        var runID: Int64?
        var visits: Int?
        var assignedVisits: Int?
        var unmetVisits: Int?
        var fillRate: Double?
        var score: Double?
        var upperBound: Double?
        var boundGap: Double?
        var solveSeconds: Double?
        var seconds: Double
        var error: String?

        enum CodingKeys: String, CodingKey {
            case index, db, week, status, visits, score, seconds, error
            case runID = "run_id", assignedVisits = "assigned_visits", unmetVisits = "unmet_visits"
            case fillRate = "fill_rate", upperBound = "upper_bound", boundGap = "bound_gap", solveSeconds = "solve_seconds"
        }

        init(_ r: BatchItemResult) {
            let f = r.figures
            (index, db, week, status) = (r.entry.index, r.item.database, r.item.week.description, r.status)
            (runID, visits, assignedVisits, unmetVisits) = (f?.runID, f?.visits, f?.assignedVisits, f?.unmetVisits)
            (fillRate, score, upperBound, boundGap, solveSeconds) = (f?.fillRate, f?.score, f?.upperBound, f?.boundGap, f?.solveSeconds)
            (seconds, error) = (r.seconds, r.error)
        }

        func result() throws -> BatchItemResult {
            guard let isoWeek = ISOWeek(text: week) else { throw BatchError.badField("week", week) }
            var figures: BatchFigures?
            if let runID, let assignedVisits, let unmetVisits, let fillRate, let score {
                figures = BatchFigures(
                    runID: runID, assignedVisits: assignedVisits, unmetVisits: unmetVisits, fillRate: fillRate,
                    score: score, upperBound: upperBound, solveSeconds: solveSeconds ?? 0)
            } else if status.isPublished {
                throw BatchError.badField("item \(index)", "\(status.rawValue) without its figures")
            }
            return BatchItemResult(
                entry: BatchPlan.Entry(index: index, item: BatchItem(database: db, week: isoWeek)), status: status,
                figures: figures, seconds: seconds, error: error)
        }
    }

    init(_ r: BatchReport) {
        format = Self.currentFormat
        options = OptionsDocument(
            seed: r.options.seed, timeLimit: r.options.timeLimit, includeIntermediary: r.options.includeIntermediary,
            continuity: r.options.continuity, balance: r.options.balance)
        shard = r.shard.map { ShardDocument(index: $0.index, count: $0.count) }
        (planItems, interrupted, elapsedSeconds) = (r.planItems, r.interrupted, r.elapsedSeconds)
        items = r.results.map(ItemDocument.init)
    }

    func report() throws -> BatchReport {
        guard format == Self.currentFormat else { throw BatchError.badField("format", "\(format)") }
        var batchShard: BatchShard?
        if let shard {
            guard let s = BatchShard(index: shard.index, count: shard.count) else {
                throw BatchError.badField("shard", "\(shard.index)/\(shard.count)")
            }
            batchShard = s
        }
        return BatchReport(
            options: RunOptions(
                includeIntermediary: options.includeIntermediary, seed: options.seed, timeLimit: options.timeLimit,
                continuity: options.continuity, balance: options.balance ?? false),
            shard: batchShard, planItems: planItems, interrupted: interrupted, elapsedSeconds: elapsedSeconds,
            results: try items.map { try $0.result() })
    }
}
