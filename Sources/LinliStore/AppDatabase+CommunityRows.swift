import GRDB
import LinliModel

/// Rows of one community, selected in SQL: what a community office may see (Docs/Console.md).
extension AppDatabase {
    /// The households of `community`, by id.
    public func households(community: String) throws -> [Household] {
        try read { db in
            try HouseholdRecord.filter(HouseholdRecord.Columns.communityID == community)
                .order(HouseholdRecord.Columns.id).fetchAll(db).map { try $0.model() }
        }
    }

    /// The demands of `community`'s households, by id.
    public func demands(community: String) throws -> [Demand] {
        try read { db in
            try DemandRecord.fetchAll(db, sql: """
                SELECT d.* FROM demands d JOIN households h ON h.id = d.household_id
                WHERE h.community_id = ? ORDER BY d.id
                """, arguments: [community]).map { try $0.model() }
        }
    }

    /// The community of household `id`, or nil when there is no such household.
    public func communityOf(household id: String) throws -> String? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT community_id FROM households WHERE id = ?", arguments: [id])
        }
    }

    /// The workers with a row for one of `community`'s households on any roster version of `week`
    /// (so a worker taken off by a replan still counts), by id.
    public func workersServing(community: String, week: ISOWeek) throws -> [(id: String, name: String)] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT w.id, w.name FROM workers w WHERE w.id IN (
                    SELECT a.worker_id FROM assignments a
                    JOIN runs r ON r.id = a.run_id
                    JOIN demands d ON d.id = a.demand_id JOIN households h ON h.id = d.household_id
                    WHERE r.week = ? AND h.community_id = ?)
                ORDER BY w.id
                """, arguments: [week.description, community]).map { ($0[0], $0[1]) }
        }
    }

    /// The service records of `community`'s households dated `from` … `until`, by date and demand.
    public func serviceRecords(community: String, from: Day, until: Day) throws -> [ServiceRecord] {
        try read { db in
            try ServiceRecordRecord.fetchAll(db, sql: """
                SELECT s.* FROM service_records s
                JOIN demands d ON d.id = s.demand_id JOIN households h ON h.id = d.household_id
                WHERE h.community_id = ? AND s.date BETWEEN ? AND ?
                ORDER BY s.date, s.demand_id
                """, arguments: [community, from.description, until.description]).map { try $0.model() }
        }
    }
}
