import LinliModel

/// A printable page of the published roster: one worker's visits in route order with the travel
/// between them, or one household's visits (and unmet visits) of the week.
public struct RouteSheet: Hashable, Sendable {
    /// Who the page is for, with what its header shows.
    public enum Heading: Hashable, Sendable {
        case worker(id: String, name: String, enterprise: Named, basePoint: Named)
        case household(id: String, address: String?, community: Named, priorityGroup: PriorityGroup)
    }

    /// An id with its display name (empty when the dataset has none).
    public struct Named: Hashable, Sendable {
        public var id: String
        public var name: String
    }

    public var week: ISOWeek
    /// The one day asked for, or nil for the whole week.
    public var day: Day?
    public var heading: Heading
    /// The days that have visits, in date order.
    public var days: [SheetDay]

    /// The dates the sheet covers.
    public var dates: [Day] { day.map { [$0] } ?? week.days }

    /// Minutes of service over the sheet.
    public var serviceMinutes: Int { days.reduce(0) { $0 + $1.serviceMinutes } }

    /// Travel minutes over the sheet.
    public var travelMinutes: Int { days.reduce(0) { $0 + $1.travelMinutes } }

    /// Travel metres over the sheet.
    public var travelMeters: Double { days.reduce(0) { $0 + $1.travelMeters } }

    /// Money of all visits.
    public var amount: Fen { Fen(days.reduce(0) { $0 + $1.amount.value }) }

    /// Visits over the sheet.
    public var visitCount: Int { days.reduce(0) { $0 + $1.visits.count } }
}

/// One day of a sheet.
public struct SheetDay: Hashable, Sendable {
    public var date: Day
    /// In start order.
    public var visits: [SheetVisit]
    /// For a worker, the way home after the last visit.
    public var legHome: TravelLeg?
    /// For a household, its visits that are not on the roster, with their reasons.
    public var unmet: [SheetUnmet]

    public var serviceMinutes: Int { visits.reduce(0) { $0 + $1.minutes } }

    public var travelMinutes: Int { legs.reduce(0) { $0 + $1.minutes } }

    public var travelMeters: Double { legs.reduce(0) { $0 + $1.meters } }

    public var amount: Fen { Fen(visits.reduce(0) { $0 + $1.price.value }) }

    /// Every leg of the day's route: to each visit, then home.
    private var legs: [TravelLeg] { visits.compactMap(\.legBefore) + (legHome.map { [$0] } ?? []) }
}

/// A visit on a sheet: the roster row with the names a person reads.
public struct SheetVisit: Hashable, Sendable {
    public var demandID: String
    public var start: TimeOfDay
    public var end: TimeOfDay
    public var householdID: String
    public var address: String?
    public var community: String
    public var workerID: String
    public var workerName: String
    public var enterpriseName: String
    public var itemCode: String
    public var itemName: String
    public var category: Category?
    public var price: Fen
    /// For a worker, the way from home or from the previous visit.
    public var legBefore: TravelLeg?

    /// Minutes of service.
    public var minutes: Int { end.minutes - start.minutes }
}

/// A visit of a household left off the roster.
public struct SheetUnmet: Hashable, Sendable {
    public var demandID: String
    public var category: Category?
    public var minutes: Int
    public var windowStart: TimeOfDay?
    public var windowEnd: TimeOfDay?
    public var reason: UnmetReason
}

/// The way between two stops, as the rules count it: haversine metres, and minutes at 15 km/h rounded up.
public struct TravelLeg: Hashable, Sendable {
    public var meters: Double
    public var minutes: Int
}
