/// A skill in one category at a level 1-5.
public struct Skill: Hashable, Sendable {
    public var category: Category
    public var level: Int

    public init(category: Category, level: Int) {
        self.category = category
        self.level = level
    }
}

/// A household-service worker (家政服务员).
public struct Worker: Hashable, Sendable {
    public var id: String
    /// Employer.
    public var enterpriseID: String
    public var employment: Employment
    public var name: String
    /// Where the working day starts and ends.
    public var home: GeoPoint
    /// Base service point.
    public var pointID: String
    public var skills: [Skill]
    /// The home-visit certificate (居家上门服务证) is valid through this date; nil = none.
    public var certificateUntil: Day?
    public var healthCheckedOn: Day
    public var healthScope: HealthScope
    public var trainedOn: Day
    public var credit: Credit
    public var rating: Double?
    public var shiftPatternID: String
    /// Which week of the pattern's cycle this worker is in during ISO week 1.
    public var rotationOffset: Int
    /// Cap on service minutes per week.
    public var maxWeekMinutes: Int

    public static let defaultMaxWeekMinutes = 2640

    public init(
        id: String, enterpriseID: String, employment: Employment, name: String, home: GeoPoint, pointID: String,
        skills: [Skill], certificateUntil: Day?, healthCheckedOn: Day, healthScope: HealthScope, trainedOn: Day,
        credit: Credit, rating: Double? = nil, shiftPatternID: String, rotationOffset: Int = 0,
        maxWeekMinutes: Int = Worker.defaultMaxWeekMinutes
    ) {
        self.id = id
        self.enterpriseID = enterpriseID
        self.employment = employment
        self.name = name
        self.home = home
        self.pointID = pointID
        self.skills = skills
        self.certificateUntil = certificateUntil
        self.healthCheckedOn = healthCheckedOn
        self.healthScope = healthScope
        self.trainedOn = trainedOn
        self.credit = credit
        self.rating = rating
        self.shiftPatternID = shiftPatternID
        self.rotationOffset = rotationOffset
        self.maxWeekMinutes = maxWeekMinutes
    }

    /// The worker's level in `category`, or 0 without that skill.
    public func level(in category: Category) -> Int {
        skills.first { $0.category == category }?.level ?? 0
    }
}
