/// Why a worker is away (absences.csv `reason`).
public enum AbsenceReason: String, CaseIterable, Hashable, Sendable, Codable {
    /// 休假.
    case leave
    /// 病假.
    case sick
    /// 培训.
    case training
    case other
}

/// A stretch of days, both ends included, on which a worker takes no visits (rule 14).
/// Keyed by (worker, first day); absences of one worker may overlap.
public struct Absence: Hashable, Sendable {
    public var workerID: String
    public var from: Day
    public var until: Day
    public var reason: AbsenceReason

    public init(workerID: String, from: Day, until: Day, reason: AbsenceReason) {
        self.workerID = workerID
        self.from = from
        self.until = until
        self.reason = reason
    }

    /// The key a later absence with the same worker and first day replaces this one by.
    public var key: AbsenceKey { AbsenceKey(workerID: workerID, from: from) }

    /// Whether `day` lies in this absence.
    public func covers(_ day: Day) -> Bool { from <= day && day <= until }
}

/// The identity of an absence: its worker and first day.
public struct AbsenceKey: Hashable, Sendable {
    public var workerID: String
    public var from: Day

    public init(workerID: String, from: Day) {
        self.workerID = workerID
        self.from = from
    }
}
