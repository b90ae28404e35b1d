import GRDB
import LinliModel

extension AppDatabase {
    /// The stored district, each array sorted by its key (menu by enterprise, item, version with
    /// "from the beginning" first; shift days by pattern, cycle week, weekday; absences by worker, first day).
    /// - Complexity: O(n) rows read, plus sorting done by SQLite over primary-key indices.
    public func loadDataset() throws -> Dataset {
        try read { try Self.fetchDataset($0) }
    }

    /// Writes the whole (merged) dataset in one transaction as a diff: inserts new rows, updates
    /// the changed columns of changed rows, leaves identical rows untouched, and deletes nothing
    /// but the child rows (a point's enterprises, a worker's skills) of a list that changed.
    /// - Returns: whether anything was written.
    /// - Complexity: O(n) over the stored and the given rows; writes only what differs.
    @discardableResult
    public func saveDataset(_ dataset: Dataset) throws -> Bool {
        try updateDataset { _ in dataset }.changed
    }

    /// The stored dataset and its revision, read in one transaction; with `recordsOf`, only the service records
    /// dated in that week (a roster needs no others: it reads the week's cancellations, Docs/Rules.md), so that
    /// rostering does not slow down as the weeks of records pile up.
    public func loadRevisedDataset(recordsOf week: ISOWeek? = nil) throws -> RevisedDataset {
        try read { db in
            RevisedDataset(
                dataset: try Self.fetchDataset(db, records: week.map(RecordSelection.week) ?? .all),
                revision: try DatasetRevisionSchema.fetch(db))
        }
    }

    /// Reads the stored dataset, lets `transform` make the new one from it and writes the difference,
    /// all in one write transaction, so no other writer can come between the read and the write.
    ///
    /// Rows are inserted and changed as ``saveDataset(_:)`` does; with `replacing`, stored rows that
    /// the new dataset no longer lists are deleted too, with the pins of deleted demands and workers.
    /// The dataset's revision rises when anything changed. Errors `transform` throws roll everything back.
    /// - Parameters:
    ///   - force: delete rows that published rosters name; without it such a deletion throws
    ///     ``StoreError/removalInUse(path:rows:)`` (a dry run only reports them).
    ///   - commit: false for a dry run: everything is done, reported and rolled back.
    ///   - days: when given (and not `replacing`), `transform` gets only the service records dated on these days,
    ///     and records it leaves out are not deleted: for an update that touches no others (a service record saved
    ///     from the console), so that it does not read every record of the district. A record of another day that
    ///     it returns is written over the stored one.
    /// - Complexity: O(n) over the stored and the new rows; writes only what differs.
    @discardableResult
    public func updateDataset(
        replacing: Bool = false, force: Bool = false, commit: Bool = true, recordsOn days: Set<Day>? = nil,
        _ transform: (Dataset) throws -> Dataset
    ) throws -> DatasetUpdate {
        try write(commit: commit) { db in
            // A replacing update deletes what the new dataset lacks, so it must see every record.
            let old = try Self.fetchDataset(db, records: replacing ? .all : days.map(RecordSelection.days) ?? .all)
            let new = try transform(old)
            let sync = DatasetSync(db: db)
            var changed = try sync.save(new, over: old)
            let removals = replacing ? try sync.remove(absentFrom: new, over: old) : []
            let inUse = removals.filter(\.inPublishedRoster)
            if commit, !force, !inUse.isEmpty {
                throw StoreError.removalInUse(path: path, rows: inUse.map { "\($0.table) \($0.key)" })
            }
            changed = changed || !removals.isEmpty
            if changed { try DatasetRevisionSchema.bump(db) }
            return DatasetUpdate(changed: changed, removals: removals)
        }
    }

    /// Whether no dataset has been stored (runs and pins are not looked at).
    public func isEmpty() throws -> Bool {
        try read { db in
            for table in Self.datasetTables {
                if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table))") == true { return false }
            }
            return true
        }
    }

    private static let datasetTables = [
        CommunityRecord.databaseTableName, EnterpriseRecord.databaseTableName, ServicePointRecord.databaseTableName,
        MenuItemRecord.databaseTableName, ShiftDayRecord.databaseTableName, WorkerRecord.databaseTableName,
        HouseholdRecord.databaseTableName, DemandRecord.databaseTableName, AbsenceRecord.databaseTableName,
    ]

    /// Which of the stored service records a read of the dataset holds.
    enum RecordSelection {
        case all
        /// Those dated in the week.
        case week(ISOWeek)
        /// Those dated on one of the days.
        case days(Set<Day>)
    }

    /// The stored dataset, with the service records `records` selects (through the index on their date).
    static func fetchDataset(_ db: Database, records selection: RecordSelection = .all) throws -> Dataset {
        typealias Record = ServiceRecordRecord.Columns
        let selected = switch selection {
        case .all: ServiceRecordRecord.all()
        case let .week(week): ServiceRecordRecord.dated(in: week)
        case let .days(days): ServiceRecordRecord.filter(days.map(\.description).contains(Record.date))
        }
        let records = selected.order(Record.demandID, Record.date)
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
            communities: try CommunityRecord.order(CommunityRecord.Columns.id).fetchAll(db).map { try $0.model() },
            servicePoints: try ServicePointRecord.order(ServicePointRecord.Columns.id).fetchAll(db).map {
                try $0.model(enterpriseIDs: pointEnterprises[$0.id]?.map(\.enterpriseID) ?? [])
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
                .fetchAll(db).map { try $0.model() },
            households: try HouseholdRecord.order(HouseholdRecord.Columns.id).fetchAll(db).map { try $0.model() },
            demands: try DemandRecord.order(DemandRecord.Columns.id).fetchAll(db).map { try $0.model() },
            serviceRecords: try records.fetchAll(db).map { try $0.model() },
            absences: try AbsenceRecord.order(AbsenceRecord.Columns.workerID, AbsenceRecord.Columns.fromDay)
                .fetchAll(db).map { try $0.model() })
    }
}
