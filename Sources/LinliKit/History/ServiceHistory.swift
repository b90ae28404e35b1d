import LinliModel

/// Every planned and recorded visit of one household or one worker (可追溯可查询), newest first: the rows
/// of the published rosters of every week joined with their service records, plus records no roster
/// planned.
public struct ServiceHistory: Hashable, Sendable {
    /// Whose history this is.
    public enum Subject: Hashable, Sendable {
        case household(String)
        case worker(String)
    }

    /// One visit: what was planned, what was recorded, or both.
    public struct Entry: Hashable, Sendable {
        public var visit: VisitKey
        public var householdID: String
        public var planned: Assignment?
        public var record: ServiceRecord?
        /// The rating of the worker who went (or was planned to go).
        public var workerRating: Ratings.Score?

        /// The worker who went, or else the one planned.
        public var workerID: String? { record?.workerID ?? planned?.workerID }
    }

    public var subject: Subject
    public var entries: [Entry]
    /// The worker's own rating, the worker's enterprise and its rating; nil for a household.
    public var workerRating: Ratings.Score?
    public var enterpriseID: String?
    public var enterpriseRating: Ratings.Score?

    /// Joins `planned` (rows of published rosters) with `dataset`'s service records for `subject`.
    /// - Complexity: O(rows + records + demands), plus sorting the entries.
    public init(subject: Subject, planned: [Assignment], dataset: Dataset) {
        self.subject = subject
        let ratings = Ratings(dataset: dataset)
        let householdOf = Dictionary(dataset.demands.map { ($0.id, $0.householdID) }, uniquingKeysWith: { a, _ in a })
        let matches: (VisitKey, String?) -> Bool = { visit, worker in
            switch subject {
            case let .household(id): householdOf[visit.demandID] == id
            case let .worker(id): worker == id
            }
        }
        var byVisit: [VisitKey: Entry] = [:]
        for row in planned where matches(row.visit, row.workerID) {
            byVisit[row.visit] = Entry(visit: row.visit, householdID: householdOf[row.demandID] ?? "", planned: row)
        }
        for record in dataset.serviceRecords {
            if byVisit[record.visit] != nil {
                byVisit[record.visit]!.record = record
            } else if matches(record.visit, record.workerID) {
                byVisit[record.visit] = Entry(visit: record.visit, householdID: householdOf[record.demandID] ?? "", record: record)
            }
        }
        entries = byVisit.values.map { entry in
            var e = entry
            e.workerRating = e.workerID.map(ratings.worker)
            return e
        }
        .sorted(by: Self.newestFirst)
        if case let .worker(id) = subject {
            workerRating = ratings.worker(id)
            enterpriseID = dataset.workers.first { $0.id == id }?.enterpriseID
            enterpriseRating = enterpriseID.map(ratings.enterprise)
        }
    }

    /// Newest date first; within a day, the latest start first, then by demand.
    static func newestFirst(_ a: Entry, _ b: Entry) -> Bool {
        if a.visit.date != b.visit.date { return a.visit.date > b.visit.date }
        let sa = a.planned?.start ?? a.record?.started, sb = b.planned?.start ?? b.record?.started
        if sa != sb { return (sa?.minutes ?? -1) > (sb?.minutes ?? -1) }
        return a.visit.demandID < b.visit.demandID
    }
}
