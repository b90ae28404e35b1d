/// The workers and enterprises whose serious complaints or no-shows in a date window reach the review
/// thresholds, each with its evidence. A review only lists: it changes no credit.
///
/// A worker is flagged with at least ``workerSerious`` serious complaints or ``workerNoShows`` no-shows
/// in the window; an enterprise with at least ``enterpriseSerious`` serious complaints or
/// ``enterpriseNoShows`` no-shows across its workers.
public struct CreditReview: Hashable, Sendable {
    /// One flagged worker or enterprise.
    public struct Finding: Hashable, Sendable {
        public var subjectID: String
        public var credit: Credit?
        public var seriousComplaints: Int
        public var noShows: Int
        /// The records behind the counts, by date and demand.
        public var evidence: [ServiceRecord]
    }

    public static let workerSerious = 1
    public static let workerNoShows = 2
    public static let enterpriseSerious = 3
    public static let enterpriseNoShows = 5

    public var from: Day
    public var until: Day
    public var workers: [Finding]
    public var enterprises: [Finding]

    /// Reviews the service records of `dataset` dated `from` … `until` (both included).
    /// - Complexity: O(workers + enterprises + records log records).
    public init(dataset: Dataset, from: Day, until: Day) {
        self.from = from
        self.until = until
        let evidence = dataset.serviceRecords
            .filter { $0.date >= from && $0.date <= until && Self.isEvidence($0) }
            .sorted { ($0.date, $0.demandID) < ($1.date, $1.demandID) }
        let workerList = Dictionary(dataset.workers.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let credits = Dictionary(dataset.enterprises.map { ($0.id, $0.credit) }, uniquingKeysWith: { a, _ in a })
        workers = Self.findings(
            Dictionary(grouping: evidence, by: \.workerID), credit: { workerList[$0]?.credit },
            serious: Self.workerSerious, noShows: Self.workerNoShows)
        enterprises = Self.findings(
            Dictionary(grouping: evidence, by: { workerList[$0.workerID]?.enterpriseID ?? "" }).filter { !$0.key.isEmpty },
            credit: { credits[$0] }, serious: Self.enterpriseSerious, noShows: Self.enterpriseNoShows)
    }

    /// Whether a record counts against its worker: a serious complaint or a no-show.
    public static func isEvidence(_ r: ServiceRecord) -> Bool {
        r.complaint == .serious || r.status == .workerNoShow
    }

    private static func findings(
        _ groups: [String: [ServiceRecord]], credit: (String) -> Credit?, serious: Int, noShows: Int
    ) -> [Finding] {
        groups.compactMap { id, rows in
            let s = rows.count { $0.complaint == .serious }, n = rows.count { $0.status == .workerNoShow }
            guard s >= serious || n >= noShows else { return nil }
            return Finding(subjectID: id, credit: credit(id), seriousComplaints: s, noShows: n, evidence: rows)
        }
        .sorted { $0.subjectID < $1.subjectID }
    }
}
