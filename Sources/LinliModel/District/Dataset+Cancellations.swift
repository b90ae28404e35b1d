extension Dataset {
    /// The visits their household cancelled: they are no visits of any roster made afterwards.
    /// - Complexity: O(service records).
    public var cancelledVisits: Set<VisitKey> {
        Set(serviceRecords.lazy.filter { $0.status == .householdCancelled }.map(\.visit))
    }

    /// The visits of `week` their household cancelled (those of ``cancelledVisits`` dated in the week).
    public func cancelledVisits(in week: ISOWeek) -> Set<VisitKey> {
        Set(serviceRecords.lazy.filter { $0.status == .householdCancelled && week.contains($0.visit.date) }.map(\.visit))
    }
}

extension Demand {
    /// The visit dates of `week` that are not in `cancelled`.
    public func visitDates(in week: ISOWeek, except cancelled: Set<VisitKey>) -> [Day] {
        let dates = visitDates(in: week)
        guard !cancelled.isEmpty else { return dates }
        return dates.filter { !cancelled.contains(VisitKey(demandID: id, date: $0)) }
    }
}
