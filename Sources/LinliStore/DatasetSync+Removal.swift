import GRDB
import LinliModel

extension DatasetSync {
    /// Deletes the stored rows that `new` no longer lists, children before parents (service records before
    /// their demands and workers), together with the pins of deleted demands and workers.
    /// - Returns: the deleted rows, each marked when a published roster names it.
    /// - Complexity: O(n + m) over the new and the stored rows, plus one query over the published rosters.
    func remove(absentFrom new: Dataset, over old: Dataset) throws -> [DatasetUpdate.Removal] {
        let inUse = try PublishedReferences(db)
        let goneDemands = Set(old.demands.map(\.id)).subtracting(new.demands.map(\.id))
        let goneWorkers = Set(old.workers.map(\.id)).subtracting(new.workers.map(\.id))
        var removals: [DatasetUpdate.Removal] = []
        let pins = try PinRecord.order(PinRecord.Columns.demandID, PinRecord.Columns.date).fetchAll(db)
        for pin in pins where goneDemands.contains(pin.demandID) || goneWorkers.contains(pin.workerID) {
            try pin.delete(db)
            removals.append(.init(table: "pins", key: "\(pin.demandID) \(pin.date)", inPublishedRoster: false))
        }
        removals += try delete(
            new.serviceRecords, old.serviceRecords, key: { "\($0.demandID) \($0.date)" }, { ServiceRecordRecord($0, knownAfterRun: 0) })
        removals += try delete(new.demands, old.demands, key: \.id, DemandRecord.init, inUse: inUse.demands.contains)
        removals += try delete(new.households, old.households, key: \.id, HouseholdRecord.init)
        removals += try delete(new.workers, old.workers, key: \.id, WorkerRecord.init, inUse: inUse.workers.contains)
        removals += try delete(new.shiftDays, old.shiftDays, key: { "\($0.patternID) week \($0.cycleWeek) day \($0.weekday)" }, ShiftDayRecord.init)
        removals += try delete(new.menu, old.menu, key: { "\($0.enterpriseID) \($0.itemCode) from \($0.effectiveFrom?.description ?? "the beginning")" }, MenuItemRecord.init)
        removals += try delete(new.servicePoints, old.servicePoints, key: \.id, ServicePointRecord.init)
        removals += try delete(new.enterprises, old.enterprises, key: \.id, EnterpriseRecord.init, inUse: inUse.enterprises.contains)
        removals += try delete(new.communities, old.communities, key: \.id, CommunityRecord.init)
        return removals
    }

    /// Deletes the stored values whose key `new` does not hold.
    private func delete<Value, Record: PersistableRecord>(
        _ new: [Value], _ old: [Value], key: (Value) -> String, _ record: (Value) -> Record,
        inUse: (String) -> Bool = { _ in false }
    ) throws -> [DatasetUpdate.Removal] {
        let kept = Set(new.map(key))
        var removals: [DatasetUpdate.Removal] = []
        for value in old where !kept.contains(key(value)) {
            try record(value).delete(db)
            let k = key(value)
            removals.append(.init(table: Record.databaseTableName, key: k, inPublishedRoster: inUse(k)))
        }
        return removals
    }
}

/// The demands, workers and enterprises that the published rosters name.
private struct PublishedReferences {
    var demands: Set<String> = []
    var workers: Set<String> = []
    var enterprises: Set<String> = []

    init(_ db: Database) throws {
        let published = "SELECT run_id FROM published_rosters"
        let rows = try Row.fetchCursor(db, sql: "SELECT DISTINCT demand_id, worker_id, enterprise_id FROM assignments WHERE run_id IN (\(published))")
        while let row = try rows.next() {
            demands.insert(row[0])
            workers.insert(row[1])
            enterprises.insert(row[2])
        }
        demands.formUnion(try String.fetchAll(db, sql: "SELECT DISTINCT demand_id FROM unmet_visits WHERE run_id IN (\(published))"))
    }
}
