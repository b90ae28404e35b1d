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
