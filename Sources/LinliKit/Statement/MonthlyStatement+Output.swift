import Foundation
import LinliModel

extension MonthlyStatement {
    /// The statement as text: the totals with the priority share, then one table per breakdown.
    public var lines: [String] {
        var out = [
            "statement \(month): \(totals.visits) done visits, \(totals.minutes) minutes, \(totals.amount) yuan",
            "  priority households: \(priorityAmount) yuan (\(Format.percent(priorityShare)) of the money)",
        ]
        for (title, column, rows) in [("by enterprise", "enterprise", byEnterprise), ("by worker", "worker", byWorker),
                                      ("by community", "community", byCommunity)] {
            out.append(title + ":")
            guard !rows.isEmpty else { out.append("  no done visits"); continue }
            let rated = column != "community"
            let body = rows.map { [$0.id, $0.name, String($0.visits), String($0.minutes), $0.amount.description] + (rated ? [Self.rating($0)] : []) }
            let total = ["total", "", String(totals.visits), String(totals.minutes), totals.amount.description] + (rated ? [""] : [])
            let header = [column, "name", "visits", "minutes", "yuan"] + (rated ? ["rating (evaluations)"] : [])
            out += Format.table([header] + body + [total]).map { "  " + $0 }
        }
        return out
    }

    /// `4.62 (31)`: the rating to two decimals and how many evaluations it rests on.
    static func rating(_ line: Line) -> String {
        line.rating.map { "\(Format.fixed($0.value, 2)) (\($0.evaluations))" } ?? ""
    }

    /// The statement as pretty-printed JSON with sorted keys.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(StatementJSON(self)), as: UTF8.self)
    }

    /// The CSV files of `linli statement --out`: file name, header and rows, amounts in yuan.
    var csvFiles: [(name: String, header: [String], rows: [[String]])] {
        func rows(_ lines: [Line]) -> [[String]] {
            lines.map { [$0.id, $0.name, String($0.visits), String($0.minutes), $0.amount.description] }
        }
        let totalsRow = [month, String(totals.visits), String(totals.minutes), totals.amount.description,
                         priorityAmount.description, Format.fixed(priorityShare * 100, 1)]
        return [
            ("totals.csv", ["month", "visits", "minutes", "amount", "priority_amount", "priority_share_percent"], [totalsRow]),
            ("by_enterprise.csv", ["enterprise_id", "enterprise_name", "visits", "minutes", "amount"], rows(byEnterprise)),
            ("by_worker.csv", ["worker_id", "worker_name", "visits", "minutes", "amount"], rows(byWorker)),
            ("by_community.csv", ["community_id", "community_name", "visits", "minutes", "amount"], rows(byCommunity)),
        ]
    }

    /// Columns written as numbers in the CSV files.
    static let numericColumns: Set<String> = [
        "visits", "minutes", "amount", "priority_amount", "priority_share_percent",
    ]
}

/// The JSON shape of `linli statement --json`; amounts in fen.
private struct StatementJSON: Encodable {
    struct Enterprise: Encodable { var enterprise_id: String, visits: Int, minutes: Int, amount_fen: Int, rating: Double?, evaluations: Int? }
    struct Worker: Encodable { var worker_id: String, name: String, visits: Int, minutes: Int, amount_fen: Int, rating: Double?, evaluations: Int? }
    struct Community: Encodable { var community_id: String, visits: Int, minutes: Int, amount_fen: Int }

    var month: String, visits: Int, minutes: Int, amount_fen: Int, priority_amount_fen: Int
    var by_enterprise: [Enterprise], by_worker: [Worker], by_community: [Community]

    init(_ s: MonthlyStatement) {
        month = s.month
        visits = s.totals.visits
        minutes = s.totals.minutes
        amount_fen = s.totals.amount.value
        priority_amount_fen = s.priorityAmount.value
        by_enterprise = s.byEnterprise.map { Enterprise(
                enterprise_id: $0.id, visits: $0.visits, minutes: $0.minutes, amount_fen: $0.amount.value,
                rating: $0.rating.map { Self.rounded($0.value) }, evaluations: $0.rating?.evaluations) }
        by_worker = s.byWorker.map {
            Worker(
                worker_id: $0.id, name: $0.name, visits: $0.visits, minutes: $0.minutes, amount_fen: $0.amount.value,
                rating: $0.rating.map { Self.rounded($0.value) }, evaluations: $0.rating?.evaluations)
        }
        by_community = s.byCommunity.map { Community(community_id: $0.id, visits: $0.visits, minutes: $0.minutes, amount_fen: $0.amount.value) }
    }

    /// Ratings to four decimals, so the JSON does not print binary noise.
    static func rounded(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }
}
