import GRDB
import LinliModel

extension AppDatabase {
    /// The stored district, each array sorted by its key (menu by enterprise, item, version with
    /// "from the beginning" first; shift days by pattern, cycle week, weekday).
    /// - Complexity: O(n) rows read, plus sorting done by SQLite over primary-key indices.
    public func loadDataset() throws -> Dataset {
        try reader.read(Self.fetchDataset)
    }

    /// Writes the whole (merged) dataset in one transaction as a diff: inserts new rows, updates
    /// the changed columns of changed rows, leaves identical rows untouched, and deletes nothing
    /// but the child rows (a point's enterprises, a worker's skills) of a list that changed.
    /// - Returns: whether anything was written.
    /// - Complexity: O(n) over the stored and the given rows; writes only what differs.
    @discardableResult
    public func saveDataset(_ dataset: Dataset) throws -> Bool {
        try write { db in try DatasetSync(db: db).save(dataset, over: Self.fetchDataset(db)) }
    }

    /// Whether no dataset has been stored (runs and pins are not looked at).
    public func isEmpty() throws -> Bool {
        try reader.read { db in
            for table in Self.datasetTables {
                if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table))") == true { return false }
            }
            return true
        }
    }

    private static let datasetTables = [
        CommunityRecord.databaseTableName, EnterpriseRecord.databaseTableName, ServicePointRecord.databaseTableName,
        MenuItemRecord.databaseTableName, ShiftDayRecord.databaseTableName, WorkerRecord.databaseTableName,
        HouseholdRecord.databaseTableName, DemandRecord.databaseTableName,
    ]

    static func fetchDataset(_ db: Database) throws -> Dataset {
        let pointEnterprises = Dictionary(
            grouping: try ServicePointEnterpriseRecord
                .order(ServicePointEnterpriseRecord.Columns.pointID, ServicePointEnterpriseRecord.Columns.position)
                .fetchAll(db),
            by: \.pointID)
        let skills = Dictionary(
            grouping: try WorkerSkillRecord
                .order(WorkerSkillRecord.Columns.workerID, WorkerSkillRecord.Columns.position)
                .fetchAll(db),
            by: \.workerID)
        return Dataset(
            communities: try CommunityRecord.order(CommunityRecord.Columns.id).fetchAll(db).map { $0.model() },
            servicePoints: try ServicePointRecord.order(ServicePointRecord.Columns.id).fetchAll(db).map {
                $0.model(enterpriseIDs: pointEnterprises[$0.id]?.map(\.enterpriseID) ?? [])
            },
            enterprises: try EnterpriseRecord.order(EnterpriseRecord.Columns.id).fetchAll(db).map { try $0.model() },
            menu: try MenuItemRecord
                .order(MenuItemRecord.Columns.enterpriseID, MenuItemRecord.Columns.itemCode, MenuItemRecord.Columns.effectiveFrom)
                .fetchAll(db).map { try $0.model() },
            workers: try WorkerRecord.order(WorkerRecord.Columns.id).fetchAll(db).map {
                try $0.model(skills: skills[$0.id]?.map { try $0.model() } ?? [])
            },
            shiftDays: try ShiftDayRecord
                .order(ShiftDayRecord.Columns.patternID, ShiftDayRecord.Columns.cycleWeek, ShiftDayRecord.Columns.weekday)
                .fetchAll(db).map { $0.model() },
            households: try HouseholdRecord.order(HouseholdRecord.Columns.id).fetchAll(db).map { try $0.model() },
            demands: try DemandRecord.order(DemandRecord.Columns.id).fetchAll(db).map { try $0.model() },
            serviceRecords: try ServiceRecordRecord
                .order(ServiceRecordRecord.Columns.demandID, ServiceRecordRecord.Columns.date)
                .fetchAll(db).map { try $0.model() })
    }
}
