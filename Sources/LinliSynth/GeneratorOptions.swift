import LinliModel

/// What to generate: the size, and the week every date is set relative to.
public struct GeneratorOptions: Sendable {
    public var tier: Tier
    /// Certificates, health checks, training, once-demands, active ranges and menu versions are dated around this week.
    public var week: ISOWeek
    /// Whether to add absences and the month of service records before `week`; drawn after
    /// everything else, so the other files are the same either way.
    public var history: Bool

    public init(tier: Tier, week: ISOWeek = .init(year: 2026, week: 48)!, history: Bool = true) {
        self.tier = tier
        self.week = week
        self.history = history
    }
}
