import LinliModel

/// One visit of a community's household on a week's published roster, with its service record if one is
/// stored: a row of the office's service-record page.
public struct CommunityVisit: Hashable, Sendable {
    public var planned: Assignment
    public var householdID: String
    public var record: ServiceRecord?

    public init(planned: Assignment, householdID: String, record: ServiceRecord? = nil) {
        self.planned = planned
        self.householdID = householdID
        self.record = record
    }

    public var visit: VisitKey { planned.visit }
}

extension CommunityVisit {
    /// The columns of the office's records download: the planned visit, then its record (empty when none).
    public static let csvHeader = [
        "date", "demand_id", "household_id", "worker_id", "start", "end", "item_code", "price",
        "status", "recorded_worker_id", "started", "ended", "charged", "stars", "complaint", "note",
    ]

    /// Columns written as numbers.
    public static let numericColumns: Set<String> = ["price", "charged", "stars"]

    /// The row of ``csvHeader``.
    public var csvRow: [String] {
        let p = planned, r = record
        return [
            p.date.description, p.demandID, householdID, p.workerID, p.start.description, p.end.description, p.itemCode,
            p.price.description, r?.status.rawValue ?? "", r?.workerID ?? "", r?.started?.description ?? "",
            r?.ended?.description ?? "", r?.price?.description ?? "", r?.stars.map(String.init) ?? "",
            r?.complaint?.rawValue ?? "", r?.note ?? "",
        ]
    }
}
