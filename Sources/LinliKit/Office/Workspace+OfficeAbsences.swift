import LinliModel
import LinliStore

extension Workspace {
    /// The workers who serve `community` in `week`: those with a row for one of its households on any
    /// roster version of the week, by id. These are the workers an office may report absent.
    public func workersServing(community: String, week: ISOWeek) throws -> [(id: String, name: String)] {
        try existingDatabase().workersServing(community: community, week: week)
    }

    /// The stored absences of the workers serving `community` in `week` that touch the week, by worker
    /// and first day.
    public func absences(community: String, week: ISOWeek) throws -> [Absence] {
        let serving = Set(try workersServing(community: community, week: week).map(\.id))
        return try absences(week: week).filter { serving.contains($0.workerID) }
    }

    /// An office's sick call (工人请假): stores `absence` when its worker serves `community` in `week`.
    /// - Throws: `KitError.unknownWorker` for any other worker (an office cannot tell it from a worker
    ///   that does not exist); as ``addAbsence(_:)`` otherwise.
    @discardableResult
    public func addAbsence(_ absence: Absence, community: String, week: ISOWeek) throws -> Bool {
        guard try workersServing(community: community, week: week).contains(where: { $0.id == absence.workerID }) else {
            throw KitError.unknownWorker(absence.workerID)
        }
        return try addAbsence(absence)
    }
}
