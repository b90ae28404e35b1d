import GRDB
import LinliModel

/// Rows of one enterprise, selected in SQL: what an enterprise account may see of a week's visits.
extension AppDatabase {
    /// The visits of `week`'s published roster served by workers of `enterpriseID`, by date, start and worker,
    /// each with its household and its record when one is stored; the filters are in the queries, so other
    /// enterprises' rows never leave the database. Empty when the week has no published roster.
    /// - Complexity: O(rows of the run), through the `run_id` prefix of the assignments' index, and the visit's
    ///   unique index for each record.
    public func enterpriseVisits(week: ISOWeek, enterpriseID: String) throws
    -> [(planned: Assignment, householdID: String, record: ServiceRecord?)] {
        try read { db in
            guard let runID = try PublishedRosterRecord.fetchOne(db, key: week.description)?.runID else { return [] }
            let arguments: StatementArguments = [runID, enterpriseID]
            let planned = try AssignmentRecord.fetchAll(db, sql: """
                SELECT * FROM assignments WHERE run_id = ? AND enterprise_id = ? ORDER BY date, start, worker_id, id
                """, arguments: arguments).map { try $0.model() }
            let records = try ServiceRecordRecord.fetchAll(db, sql: """
                SELECT s.* FROM service_records s
                JOIN assignments a ON a.demand_id = s.demand_id AND a.date = s.date
                WHERE a.run_id = ? AND a.enterprise_id = ?
                """, arguments: arguments).map { try $0.model() }
            let households = try Row.fetchAll(db, sql: """
                SELECT id, household_id FROM demands
                WHERE id IN (SELECT demand_id FROM assignments WHERE run_id = ? AND enterprise_id = ?)
                """, arguments: arguments)
            let householdOf = Dictionary(households.map { ($0[0] as String, $0[1] as String) }, uniquingKeysWith: { a, _ in a })
            let recordOf = Dictionary(records.map { ($0.visit, $0) }, uniquingKeysWith: { a, _ in a })
            return planned.map { ($0, householdOf[$0.demandID] ?? "", recordOf[$0.visit]) }
        }
    }

    /// The workers of `enterpriseID`, by id.
    public func workers(enterpriseID: String) throws -> [(id: String, name: String)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, name FROM workers WHERE enterprise_id = ? ORDER BY id", arguments: [enterpriseID])
                .map { ($0[0], $0[1]) }
        }
    }
}
