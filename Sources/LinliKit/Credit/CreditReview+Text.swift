import Foundation
import LinliModel

extension CreditReview {
    /// The review as text: the window and thresholds, then each flagged worker and enterprise with its evidence rows.
    public var lines: [String] {
        var out = [
            "credit review \(from) to \(until): a worker is flagged at ≥ \(Self.workerSerious) serious complaint(s) or "
                + "≥ \(Self.workerNoShows) no-shows, an enterprise at ≥ \(Self.enterpriseSerious) serious complaints or "
                + "≥ \(Self.enterpriseNoShows) no-shows across its workers",
        ]
        for (title, findings) in [("workers", workers), ("enterprises", enterprises)] {
            out.append("\(title): \(findings.isEmpty ? "none flagged" : "\(findings.count) flagged")")
            for f in findings {
                out.append(
                    "  \(f.subjectID) (credit \(f.credit?.rawValue ?? "unknown")): \(f.seriousComplaints) serious complaint(s), \(f.noShows) no-show(s)")
                let rows = f.evidence.map {
                    [$0.date.description, $0.demandID, $0.workerID, $0.status.rawValue, $0.complaint?.rawValue ?? "-", $0.note ?? ""]
                }
                out += Format.table([["date", "demand", "worker", "status", "complaint", "note"]] + rows).map { "    " + $0 }
            }
        }
        out.append("nothing was changed; use `linli credit set` to change a credit status")
        return out
    }

    /// The review as pretty-printed JSON with sorted keys.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(ReviewJSON(self)), as: UTF8.self)
    }
}

/// The JSON shape of `linli credit review --json`.
private struct ReviewJSON: Encodable {
    struct Row: Encodable {
        var demand_id: String, date: String, worker_id: String, status: String, complaint: String?, note: String?
    }

    struct Finding: Encodable {
        var id: String, credit: String?, serious_complaints: Int, no_shows: Int, evidence: [Row]
    }

    var from: String, until: String, workers: [Finding], enterprises: [Finding]

    init(_ r: CreditReview) {
        func finding(_ f: CreditReview.Finding) -> Finding {
            Finding(
                id: f.subjectID, credit: f.credit?.rawValue, serious_complaints: f.seriousComplaints, no_shows: f.noShows,
                evidence: f.evidence.map {
                    Row(demand_id: $0.demandID, date: $0.date.description, worker_id: $0.workerID, status: $0.status.rawValue,
                        complaint: $0.complaint?.rawValue, note: $0.note)
                })
        }
        from = r.from.description
        until = r.until.description
        workers = r.workers.map(finding)
        enterprises = r.enterprises.map(finding)
    }
}
