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

    /// The most days one sick call of an office may cover: a worker's longer leave is the enterprise's to record.
    public static let longestOfficeAbsence = 28

    /// An office's sick call (工人请假): stores `absence` when its worker serves `community` in `week`, it starts in
    /// `week`, lasts at most ``longestOfficeAbsence`` days, and the worker has no absence from that day yet.
    /// - Throws: `KitError.unknownWorker` for any other worker (an office cannot tell it from a worker
    ///   that does not exist); `KitError.absenceOutsideOffice`, `KitError.absenceExists`; as ``addAbsence(_:)``
    ///   otherwise.
    public func addAbsence(_ absence: Absence, community: String, week: ISOWeek) throws {
        guard try workersServing(community: community, week: week).contains(where: { $0.id == absence.workerID }) else {
            throw KitError.unknownWorker(absence.workerID)
        }
        guard absence.from <= absence.until else { throw KitError.absenceBackwards(from: absence.from, until: absence.until) }
        guard week.contains(absence.from), absence.until.days(since: absence.from) < Self.longestOfficeAbsence else {
            throw KitError.absenceOutsideOffice(week: week, longest: Self.longestOfficeAbsence)
        }
        _ = try addAbsence(absence, replacing: false)
    }
}
