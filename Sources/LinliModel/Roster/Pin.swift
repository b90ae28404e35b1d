/// An assignment a community office fixed by hand; the solver must keep it.
public struct Pin: Hashable, Sendable {
    public var demandID: String
    public var date: Day
    public var workerID: String
    /// The start time; nil lets the solver choose it.
    public var start: TimeOfDay?

    public init(demandID: String, date: Day, workerID: String, start: TimeOfDay? = nil) {
        self.demandID = demandID
        self.date = date
        self.workerID = workerID
        self.start = start
    }

    public var visit: VisitKey { VisitKey(demandID: demandID, date: date) }
}
