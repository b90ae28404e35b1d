import LinliModel
import LinliStore

extension Workspace {
    /// `linli absence add`: stores an absence, replacing the one of the same worker and first day (so a
    /// later call with a new last day shortens or extends it). Reading and writing happen in one write
    /// transaction, and the dataset revision rises when anything changed.
    /// - Returns: whether an absence with the same key was stored before.
    /// - Throws: `KitError.unknownWorker`, `KitError.absenceBackwards`; nothing is stored then.
    @discardableResult
    public func addAbsence(_ absence: Absence) throws -> Bool {
        try addAbsence(absence, replacing: true)
    }

    /// Stores `absence`; one of the same worker and first day is replaced when `replacing`, else refused. The
    /// check and the write are one write transaction.
    /// - Throws: as ``addAbsence(_:)``; `KitError.absenceExists` when one is stored and not `replacing`.
    func addAbsence(_ absence: Absence, replacing: Bool) throws -> Bool {
        guard absence.from <= absence.until else { throw KitError.absenceBackwards(from: absence.from, until: absence.until) }
        let database = try databaseWithDataset()
        var replaced = false
        try database.updateDataset { stored in
            guard stored.workers.contains(where: { $0.id == absence.workerID }) else {
                throw KitError.unknownWorker(absence.workerID)
            }
            var dataset = stored
            if let i = dataset.absences.firstIndex(where: { $0.key == absence.key }) {
                guard replacing else { throw KitError.absenceExists(dataset.absences[i]) }
                dataset.absences[i] = absence
                replaced = true
            } else {
                dataset.absences.append(absence)
            }
            return dataset
        }
        return replaced
    }

    /// `linli absence remove`: deletes the absence of `workerID` that starts on `from`, in one transaction.
    /// - Throws: `KitError.noAbsence` when none is stored.
    public func removeAbsence(workerID: String, from: Day) throws {
        let key = AbsenceKey(workerID: workerID, from: from)
        let database = try databaseWithDataset()
        try database.updateDataset { stored in
            guard stored.absences.contains(where: { $0.key == key }) else {
                throw KitError.noAbsence(workerID: workerID, from: from)
            }
            var dataset = stored
            dataset.absences.removeAll { $0.key == key }
            return dataset
        }
    }

    /// `linli absence list`: the stored absences, ordered by worker and first day; with `week`, only
    /// those covering at least one of its days.
    public func absences(week: ISOWeek? = nil) throws -> [Absence] {
        let all = try loadDataset(from: existingDatabase()).absences
        guard let week else { return all }
        let sunday = week.monday.adding(days: 6)
        return all.filter { $0.from <= sunday && $0.until >= week.monday }
    }

    /// The existing database, which must hold a dataset.
    private func databaseWithDataset() throws -> AppDatabase {
        let database = try existingDatabase()
        guard try !database.isEmpty() else { throw KitError.emptyDatabase(path: databasePath) }
        return database
    }
}
