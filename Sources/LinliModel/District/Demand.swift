/// A line of a household's demand list (居民家政服务需求清单).
public struct Demand: Hashable, Sendable {
    public var id: String
    public var householdID: String
    public var category: Category
    public var mode: ServiceMode
    /// Service duration.
    public var minutes: Int
    public var recurrence: Recurrence
    /// ISO weekdays, for `weekly`.
    public var weekdays: [Int]
    /// The date, for `once`.
    public var date: Day?
    /// The service must start and end inside this window.
    public var windowStart: TimeOfDay
    public var windowEnd: TimeOfDay
    /// The most the household pays per visit.
    public var maxPrice: Fen?
    public var preferredWorkerID: String?
    /// Bounds of a `weekly` demand.
    public var activeFrom: Day?
    public var activeUntil: Day?

    public init(
        id: String, householdID: String, category: Category, mode: ServiceMode, minutes: Int,
        recurrence: Recurrence, weekdays: [Int] = [], date: Day? = nil,
        windowStart: TimeOfDay, windowEnd: TimeOfDay, maxPrice: Fen? = nil, preferredWorkerID: String? = nil,
        activeFrom: Day? = nil, activeUntil: Day? = nil
    ) {
        self.id = id
        self.householdID = householdID
        self.category = category
        self.mode = mode
        self.minutes = minutes
        self.recurrence = recurrence
        self.weekdays = weekdays
        self.date = date
        self.windowStart = windowStart
        self.windowEnd = windowEnd
        self.maxPrice = maxPrice
        self.preferredWorkerID = preferredWorkerID
        self.activeFrom = activeFrom
        self.activeUntil = activeUntil
    }

    /// The dates of `week` on which this demand asks for a visit (Docs/Rules.md "visits").
    public func visitDates(in week: ISOWeek) -> [Day] {
        switch recurrence {
        case .once:
            guard let date, week.contains(date) else { return [] }
            return [date]
        case .weekly:
            return week.days.filter { d in
                weekdays.contains(d.weekday)
                    && (activeFrom.map { d >= $0 } ?? true)
                    && (activeUntil.map { d <= $0 } ?? true)
            }
        }
    }
}
