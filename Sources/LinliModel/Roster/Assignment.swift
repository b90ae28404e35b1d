/// One row of a roster: a visit given to a worker, a start time and a menu item.
public struct Assignment: Hashable, Sendable {
    public var demandID: String
    public var date: Day
    public var start: TimeOfDay
    public var end: TimeOfDay
    public var workerID: String
    public var enterpriseID: String
    public var itemCode: String
    public var price: Fen

    public init(
        demandID: String, date: Day, start: TimeOfDay, end: TimeOfDay, workerID: String,
        enterpriseID: String, itemCode: String, price: Fen
    ) {
        self.demandID = demandID
        self.date = date
        self.start = start
        self.end = end
        self.workerID = workerID
        self.enterpriseID = enterpriseID
        self.itemCode = itemCode
        self.price = price
    }

    /// The visit this row serves.
    public var visit: VisitKey { VisitKey(demandID: demandID, date: date) }
}

/// A visit: one demand on one date.
public struct VisitKey: Hashable, Comparable, Sendable {
    public var demandID: String
    public var date: Day

    public init(demandID: String, date: Day) {
        self.demandID = demandID
        self.date = date
    }

    public static func < (a: VisitKey, b: VisitKey) -> Bool { (a.demandID, a.date) < (b.demandID, b.date) }
}
