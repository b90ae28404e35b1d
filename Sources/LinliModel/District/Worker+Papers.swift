/// How long a worker's health check and training count: the one home of these windows (the independent
/// checker, `RosterChecker`, keeps its own copies on purpose).
extension Worker {
    /// A health check (体检) counts on its own date and the 364 days after it.
    public static let healthCheckValidDays = 364
    /// Training (岗前 or 回炉) counts on its own date and the 729 days after it (two years).
    public static let trainingValidDays = 729

    /// The last day the health check counts.
    public var healthCheckValidUntil: Day { healthCheckedOn.adding(days: Self.healthCheckValidDays) }

    /// The last day the training counts.
    public var trainingValidUntil: Day { trainedOn.adding(days: Self.trainingValidDays) }

    /// Whether the health check counts on `day` (its scope aside).
    public func hasCurrentHealthCheck(on day: Day) -> Bool {
        (0...Self.healthCheckValidDays).contains(day.days(since: healthCheckedOn))
    }

    /// Whether the training counts on `day`.
    public func hasCurrentTraining(on day: Day) -> Bool {
        (0...Self.trainingValidDays).contains(day.days(since: trainedOn))
    }
}
