import GRDB
import LinliModel

/// Writes a dataset over the stored one inside a transaction, touching only what differs.
struct DatasetSync {
    let db: Database

    /// Tables are written parents first, so every foreign key finds its row.
    /// - Returns: whether anything was written.
    func save(_ new: Dataset, over old: Dataset) throws -> Bool {
        var changed = false
        changed = try sync(new.communities, over: old.communities, key: \.id, record: CommunityRecord.init) || changed
        changed = try sync(new.enterprises, over: old.enterprises, key: \.id, record: EnterpriseRecord.init) || changed
        changed = try sync(new.servicePoints, over: old.servicePoints, key: \.id, record: ServicePointRecord.init) {
            guard $0.enterpriseIDs != $1?.enterpriseIDs else { return }
            try replaceChildren(
                ServicePointEnterpriseRecord.rows(of: $0), of: $0.id, column: ServicePointEnterpriseRecord.Columns.pointID,
                existed: $1 != nil)
        } || changed
        changed = try sync(new.menu, over: old.menu, key: MenuKey.init, record: MenuItemRecord.init) || changed
        changed = try sync(new.shiftDays, over: old.shiftDays, key: ShiftDayKey.init, record: ShiftDayRecord.init) || changed
        changed = try sync(new.workers, over: old.workers, key: \.id, record: WorkerRecord.init) {
            guard $0.skills != $1?.skills else { return }
            try replaceChildren(
                WorkerSkillRecord.rows(of: $0), of: $0.id, column: WorkerSkillRecord.Columns.workerID, existed: $1 != nil)
        } || changed
        changed = try sync(new.households, over: old.households, key: \.id, record: HouseholdRecord.init) || changed
        changed = try sync(new.demands, over: old.demands, key: \.id, record: DemandRecord.init) || changed
        changed = try syncServiceRecords(new.serviceRecords, over: old.serviceRecords) || changed
        changed = try syncAbsences(new.absences, over: old.absences) || changed
        return changed
    }

    /// Absences are written whole: the ones `new` lists are inserted or updated and stored ones it no
    /// longer lists are deleted, since removing or shortening a sick call is an ordinary edit, not a replace.
    /// - Complexity: O(n + m) for n new and m stored absences.
    private func syncAbsences(_ new: [Absence], over old: [Absence]) throws -> Bool {
        var changed = try sync(new, over: old, key: \.key, record: AbsenceRecord.init)
        let kept = Set(new.map(\.key))
        for absence in old where !kept.contains(absence.key) {
            try AbsenceRecord(absence).delete(db)
            changed = true
        }
        return changed
    }

    /// Inserts the values whose key is not stored, updates the changed columns of the values that
    /// differ from the stored one, and skips equal values; `children` then writes a value's child rows.
    /// - Complexity: O(n + m) for n new and m stored values.
    private func sync<Value: Equatable, Key: Hashable, Record: PersistableRecord>(
        _ new: [Value], over old: [Value], key: (Value) -> Key, record: (Value) -> Record,
        children: (Value, Value?) throws -> Void = { _, _ in }
    ) throws -> Bool {
        let stored = Dictionary(old.map { (key($0), $0) }, uniquingKeysWith: { first, _ in first })
        var changed = false
        for value in new {
            let previous = stored[key(value)]
            if previous == value { continue }
            if let previous {
                try record(value).updateChanges(db, from: record(previous))
            } else {
                try record(value).insert(db)
            }
            try children(value, previous)
            changed = true
        }
        return changed
    }

    /// Upserts the new and changed records, stamping them with the largest run id so far: a run made
    /// later knows them, one made earlier did not.
    /// - Complexity: O(n + m) for n new and m stored records.
    private func syncServiceRecords(_ new: [ServiceRecord], over old: [ServiceRecord]) throws -> Bool {
        let stored = Dictionary(old.map { ($0.visit, $0) }, uniquingKeysWith: { first, _ in first })
        let changed = new.filter { stored[$0.visit] != $0 }
        guard !changed.isEmpty else { return false }
        let lastRun = try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM runs") ?? 0
        for record in changed { try ServiceRecordRecord(record, knownAfterRun: lastRun).upsertCached(db) }
        return true
    }

    private func replaceChildren<Child: PersistableRecord>(
        _ rows: [Child], of parentID: String, column: Column, existed: Bool
    ) throws {
        if existed { try Child.filter(column == parentID).deleteAll(db) }
        for row in rows { try row.insert(db) }
    }
}

/// The key of a shift day.
private struct ShiftDayKey: Hashable {
    var patternID: String, cycleWeek: Int, weekday: Int

    init(_ d: ShiftDay) { (patternID, cycleWeek, weekday) = (d.patternID, d.cycleWeek, d.weekday) }
}
