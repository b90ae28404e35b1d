/// What happened at one visit (服务确认), written after it, with the household's evaluation (评价).
///
/// A record is keyed by its visit (demand, date); a later record of the same visit replaces it.
public struct ServiceRecord: Hashable, Sendable {
    public var demandID: String
    public var date: Day
    /// The worker who went, or was due to go.
    public var workerID: String
    public var status: ServiceStatus
    /// Times of a `done` visit; nil otherwise.
    public var started: TimeOfDay?
    public var ended: TimeOfDay?
    /// The money actually charged for a `done` visit.
    public var price: Fen?
    /// The household's evaluation, 1-5 stars.
    public var stars: Int?
    public var complaint: Complaint?
    public var note: String?

    public init(
        demandID: String, date: Day, workerID: String, status: ServiceStatus, started: TimeOfDay? = nil,
        ended: TimeOfDay? = nil, price: Fen? = nil, stars: Int? = nil, complaint: Complaint? = nil, note: String? = nil
    ) {
        self.demandID = demandID
        self.date = date
        self.workerID = workerID
        self.status = status
        self.started = started
        self.ended = ended
        self.price = price
        self.stars = stars
        self.complaint = complaint
        self.note = note
    }

    /// The visit this record is about.
    public var visit: VisitKey { VisitKey(demandID: demandID, date: date) }
}

/// How a visit turned out.
public enum ServiceStatus: String, CaseIterable, Hashable, Sendable, Codable {
    case done
    case workerNoShow = "worker_no_show"
    case householdCancelled = "household_cancelled"
    case householdAbsent = "household_absent"
}

/// A household's complaint about a visit (投诉).
public enum Complaint: String, CaseIterable, Hashable, Sendable, Codable {
    case noComplaint = "none"
    case minor
    case serious
}
