import LinliModel

/// Keeps an enterprise's upload to its own rows: it may send only menu.csv and workers.csv, every row
/// must name the enterprise itself, a worker id another enterprise employs is not its to change, and a worker's
/// `credit` and `rating` are not its to set: credit changes only through the district's review (`linli credit`,
/// with its audit trail) and the rating comes from households, so an upload must repeat the stored values
/// (a new worker: credit `good`, no rating). A stored worker keeps its `employment` (an intermediary is not
/// relabelled an employee), and a worker's `point_id` must be a service point the enterprise operates from
/// (a stored worker may keep the point it has).
enum EnterpriseScopeCheck {
    /// The files an enterprise may upload.
    static let files: Set<DatasetFile> = [.menu, .workers]

    /// Errors, located by line and column, for every row of `rows` outside `enterpriseID`; files other
    /// than ``files`` are refused whole.
    /// - Complexity: O(rows + workers of `base`).
    static func check(_ file: DatasetFile, _ rows: IncomingRows, base: Dataset, enterpriseID: String, log: inout FileLog) {
        let quoted = ValueParser.quoted(enterpriseID)
        switch file {
        case .menu:
            for row in rows.menu ?? [] where row.value.enterpriseID != enterpriseID {
                log.error(line: row.line, column: "enterprise_id", "enterprise \(ValueParser.quoted(row.value.enterpriseID)) "
                    + "is not yours; an upload of enterprise \(quoted) may only hold its own menu rows")
            }
        case .workers:
            let employer = Dictionary(base.workers.map { ($0.id, $0.enterpriseID) }, uniquingKeysWith: { a, _ in a })
            let stored = Dictionary(base.workers.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let points = Set(base.servicePoints.filter { $0.enterpriseIDs.contains(enterpriseID) }.map(\.id))
            for row in rows.workers ?? [] {
                if row.value.enterpriseID == enterpriseID, let kept = stored[row.value.id]?.employment, row.value.employment != kept {
                    log.error(line: row.line, column: "employment", "employment \(row.value.employment.rawValue) differs from the "
                        + "stored \(kept.rawValue): a worker's employment type is not changed by an upload; keep \(kept.rawValue)")
                }
                if row.value.enterpriseID == enterpriseID, !points.contains(row.value.pointID),
                   stored[row.value.id]?.pointID != row.value.pointID {
                    log.error(line: row.line, column: "point_id", "enterprise \(quoted) does not operate from service point "
                        + "\(ValueParser.quoted(row.value.pointID)); choose one of \(points.sorted().joined(separator: ", "))")
                }
                let credit = stored[row.value.id]?.credit ?? .good, rating = stored[row.value.id]?.rating
                if row.value.enterpriseID == enterpriseID, row.value.credit != credit {
                    log.error(line: row.line, column: "credit", "credit \(row.value.credit.rawValue) differs from the district's "
                        + "\(credit.rawValue): credit changes only through the credit review (linli credit); keep \(credit.rawValue)")
                }
                if row.value.enterpriseID == enterpriseID, row.value.rating != rating {
                    let kept = rating.map { String($0) } ?? "it empty"
                    log.error(line: row.line, column: "rating", "the rating comes from households' evaluations, not from the "
                        + "enterprise; keep \(kept)")
                }
                if row.value.enterpriseID != enterpriseID {
                    log.error(line: row.line, column: "enterprise_id", "enterprise \(ValueParser.quoted(row.value.enterpriseID)) "
                        + "is not yours; an upload of enterprise \(quoted) may only hold its own workers")
                } else if let other = employer[row.value.id], other != enterpriseID {
                    log.error(line: row.line, column: "worker_id", "worker id \(ValueParser.quoted(row.value.id)) is taken; "
                        + "choose another id")
                }
            }
        default:
            log.error("an enterprise may upload only \(files.map(\.rawValue).sorted().joined(separator: " and "))")
        }
    }
}
