import GRDB
import LinliModel

extension AppDatabase {
    /// The rows of the published roster of `week` that concern households of `communityID`, and that run's id:
    /// the filter is in the query, so rows of other communities never leave the database. The summary is the
    /// run's, district-wide. Nil when the week has no published roster.
    /// - Complexity: O(rows of the community in the run), through the demand and household indexes.
    public func publishedRun(week: ISOWeek, communityID: String) throws -> (runID: Int64, roster: Roster)? {
        try read { db in
            guard let runID = try PublishedRosterRecord.fetchOne(db, key: week.description)?.runID,
                  let roster = try Self.communityRows(db, runID: runID, communityID: communityID)
            else { return nil }
            return (runID, roster)
        }
    }

    /// The rows of run `runID` that concern households of `communityID`, as ``publishedRun(week:communityID:)``
    /// filters them; nil when there is no such run.
    public func run(_ runID: Int64, communityID: String) throws -> Roster? {
        try read { db in try Self.communityRows(db, runID: runID, communityID: communityID) }
    }

    /// The id of the run published for `week`; nil when the week has none.
    public func publishedRunID(week: ISOWeek) throws -> Int64? {
        try read { db in try PublishedRosterRecord.fetchOne(db, key: week.description)?.runID }
    }

    private static func communityRows(_ db: Database, runID: Int64, communityID: String) throws -> Roster? {
        guard let run = try RunRecord.fetchOne(db, key: runID) else { return nil }
        let inCommunity = """
            demand_id IN (SELECT d.id FROM demands d JOIN households h ON h.id = d.household_id WHERE h.community_id = ?)
            """
        let assignments = try AssignmentRecord.fetchAll(db, sql: """
            SELECT * FROM assignments WHERE run_id = ? AND \(inCommunity) ORDER BY date, start, worker_id, id
            """, arguments: [runID, communityID]).map { try $0.model() }
        let unmet = try UnmetVisitRecord.fetchAll(db, sql: """
            SELECT * FROM unmet_visits WHERE run_id = ? AND \(inCommunity) ORDER BY date, demand_id, id
            """, arguments: [runID, communityID]).map { try $0.model() }
        let summary = try run.summary()
        return Roster(week: summary.week, options: run.options, assignments: assignments, unmet: unmet, summary: summary)
    }
}
