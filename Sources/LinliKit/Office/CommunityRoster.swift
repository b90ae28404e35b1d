import LinliModel

/// The published roster of a week as a community office sees it: only the rows of its households.
public struct CommunityRoster: Sendable {
    public var week: ISOWeek
    /// The published run the rows come from.
    public var runID: Int64
    /// The community the rows were filtered to; nil for the whole district (an admin).
    public var communityID: String?
    /// The filtered roster; its summary is the run's, district-wide.
    public var roster: Roster

    /// The assigned visits grouped by date, in date order; within a day by start time.
    public var days: [(date: Day, assignments: [Assignment])] {
        Dictionary(grouping: roster.assignments, by: \.date).sorted { $0.key < $1.key }.map { date, rows in
            (date, rows.sorted { ($0.start, $0.workerID, $0.demandID) < ($1.start, $1.workerID, $1.demandID) })
        }
    }
}
