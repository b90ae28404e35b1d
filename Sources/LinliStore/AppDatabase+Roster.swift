import Foundation
import GRDB
import LinliModel

extension AppDatabase {
    /// Stores a finished run and makes it the published roster of its week, in one transaction:
    /// readers keep seeing the previous published roster until it commits. Earlier runs stay listed and
    /// readable as earlier versions; the new run is the week's next version.
    /// - Parameters:
    ///   - pins: pins that shaped the roster, stored with it (each replaces a pin of the same visit).
    ///   - revision: the dataset revision the roster was computed from (``RevisedDataset``); when the
    ///     stored dataset has changed since, nothing is stored and ``StoreError/datasetChanged(path:)`` is thrown.
    ///   - replacing: what the run expects to be the week's published roster as it publishes (what it was when the
    ///     run read it); when another run has published since, nothing is stored and
    ///     ``StoreError/publishedChanged(path:week:)`` is thrown.
    /// - Returns: the new run's id.
    /// - Complexity: O(rows of the roster).
    @discardableResult
    public func publish(
        _ roster: Roster, pins: [Pin] = [], basedOn revision: Int64? = nil, replacing: PublishedExpectation = .anything,
        createdAt: Date = Date()
    ) throws -> Int64 {
        try write { db in
            if let revision, try DatasetRevisionSchema.fetch(db) != revision { throw StoreError.datasetChanged(path: path) }
            if !replacing.holds(for: try Self.publishedRunID(db, week: roster.week)) {
                throw StoreError.publishedChanged(path: path, week: roster.week.description)
            }
            for pin in pins { try PinRecord(pin).upsert(db) }
            let last = try Int.fetchOne(db, RunRecord.filter(RunRecord.Columns.week == roster.week.description)
                .select(max(RunRecord.Columns.version))) ?? 0
            var run = RunRecord(roster, version: last + 1, createdAt: createdAt)
            try run.insert(db)
            guard let runID = run.id else { preconditionFailure("an inserted run has an id") }
            try AssignmentRecord.insert(roster.assignments, runID: runID, db)
            try UnmetVisitRecord.insert(roster.unmet, runID: runID, db)
            try PublishedRosterRecord(week: run.week, runID: runID).upsert(db)
            return runID
        }
    }

    /// The published roster of `week`, equal to the one given to ``publish(_:createdAt:)``.
    public func publishedRoster(week: ISOWeek) throws -> Roster? {
        try read { db in
            guard let runID = try Self.publishedRunID(db, week: week) else { return nil }
            return try Self.fetchRoster(db, runID: runID)
        }
    }

    /// The published roster of `week` with its run id, or nil when none is published.
    public func publishedRun(week: ISOWeek) throws -> (runID: Int64, roster: Roster)? {
        try read { db in
            guard let runID = try Self.publishedRunID(db, week: week), let roster = try Self.fetchRoster(db, runID: runID) else { return nil }
            return (runID, roster)
        }
    }

    /// Version `version` of `week`'s roster (the N-th run published for the week) with its run id, or nil.
    public func rosterVersion(week: ISOWeek, version: Int) throws -> (runID: Int64, roster: Roster)? {
        try read { db in
            guard let run = try RunRecord.filter(RunRecord.Columns.week == week.description && RunRecord.Columns.version == version)
                .fetchOne(db), let runID = run.id, let roster = try Self.fetchRoster(db, runID: runID)
            else { return nil }
            return (runID, roster)
        }
    }

    /// The roster of any stored run, published or not.
    public func roster(runID: Int64) throws -> Roster? {
        try read { db in try Self.fetchRoster(db, runID: runID) }
    }

    /// The stored runs of `week` (all weeks when nil), newest first.
    public func runs(week: ISOWeek?) throws -> [RunInfo] {
        try read { db in
            let published = try Set(Int64.fetchAll(db, PublishedRosterRecord.select(PublishedRosterRecord.Columns.runID)))
            var request = RunRecord.order(RunRecord.Columns.id.desc)
            if let week { request = request.filter(RunRecord.Columns.week == week.description) }
            return try request.fetchAll(db).map { try $0.info(published: $0.id.map(published.contains) ?? false) }
        }
    }

    /// The stored run `id`, or nil when there is none.
    /// - Complexity: a lookup by key and one through the unique index on the published roster's run.
    public func run(id: Int64) throws -> RunInfo? {
        try read { db in
            guard let record = try RunRecord.fetchOne(db, key: id) else { return nil }
            let published = try PublishedRosterRecord.filter(PublishedRosterRecord.Columns.runID == id).fetchCount(db) > 0
            return try record.info(published: published)
        }
    }

    /// The weeks that have a published roster, in order.
    public func publishedWeeks() throws -> [ISOWeek] {
        try read { db in
            try String.fetchAll(db, PublishedRosterRecord.select(PublishedRosterRecord.Columns.week).order(PublishedRosterRecord.Columns.week))
                .map { try StoredValue.week($0, PublishedRosterRecord.databaseTableName, "week") }
        }
    }

    /// The roster published for `week` as the next week reads it: its run id and, per demand with rows,
    /// the worker of the demand's latest-dated row (the latest start on that date, then the smallest
    /// worker id, should a roster hold two); nil when the week has no published roster.
    /// - Complexity: O(rows of that run × log rows).
    public func lastWeek(_ week: ISOWeek) throws -> LastWeek? {
        try read { db in
            guard let runID = try Self.publishedRunID(db, week: week) else { return nil }
            let rows = try Row.fetchCursor(db, sql: """
                SELECT demand_id, worker_id FROM assignments WHERE run_id = ?
                ORDER BY demand_id, date DESC, start DESC, worker_id
                """, arguments: [runID])
            var workers: [String: String] = [:]
            while let row = try rows.next() {
                let demandID: String = row[0]
                if workers[demandID] == nil { workers[demandID] = row[1] }
            }
            return LastWeek(runID: runID, workers: workers)
        }
    }

    private static func publishedRunID(_ db: Database, week: ISOWeek) throws -> Int64? {
        try PublishedRosterRecord.fetchOne(db, key: week.description)?.runID
    }

    private static func fetchRoster(_ db: Database, runID: Int64) throws -> Roster? {
        guard let run = try RunRecord.fetchOne(db, key: runID) else { return nil }
        typealias A = AssignmentRecord.Columns
        typealias U = UnmetVisitRecord.Columns
        let assignments = try AssignmentRecord.filter(A.runID == runID)
            .order(A.workerID, A.date, A.start, A.id).fetchAll(db).map { try $0.model() }
        let unmet = try UnmetVisitRecord.filter(U.runID == runID)
            .order(U.demandID, U.date, U.id).fetchAll(db).map { try $0.model() }
        let summary = try run.summary()
        return Roster(week: summary.week, options: run.options, assignments: assignments, unmet: unmet, summary: summary)
    }
}
