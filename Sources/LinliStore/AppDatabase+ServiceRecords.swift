import GRDB
import LinliModel

extension AppDatabase {
    /// Every visit with a row on the published roster of any week.
    /// - Complexity: O(published rows).
    public func publishedVisits() throws -> Set<VisitKey> {
        Set(try publishedAssignments().map(\.visit))
    }

    /// Every visit with a row on the published roster of one of `weeks`.
    /// - Complexity: O(published rows of those weeks).
    public func publishedVisits(in weeks: Set<ISOWeek>) throws -> Set<VisitKey> {
        try reader.read { db in
            let runs = try PublishedRosterRecord.filter(weeks.map(\.description).contains(PublishedRosterRecord.Columns.week))
                .fetchAll(db).map(\.runID)
            return Set(try AssignmentRecord.filter(runs.contains(AssignmentRecord.Columns.runID)).fetchAll(db).map { try $0.model().visit })
        }
    }

    /// The rows of the published roster of every week, by date, start and worker.
    public func publishedAssignments() throws -> [Assignment] {
        try reader.read { db in
            try AssignmentRecord.fetchAll(db, sql: """
                SELECT a.* FROM assignments a JOIN published_rosters p ON p.run_id = a.run_id
                ORDER BY a.date, a.start, a.worker_id, a.id
                """).map { try $0.model() }
        }
    }

    /// The service records of `week` the published run of the week could know (those stored before it was made),
    /// or nil when the week has no published roster.
    public func serviceRecords(knownToPublishedRunOf week: ISOWeek) throws -> [ServiceRecord]? {
        try reader.read { db in
            guard let runID = try PublishedRosterRecord.fetchOne(db, key: week.description)?.runID else { return nil }
            typealias C = ServiceRecordRecord.Columns
            return try ServiceRecordRecord.dated(in: week).filter(C.knownAfterRun < runID).order(C.demandID, C.date).fetchAll(db)
                .map { try $0.model() }
        }
    }
}
