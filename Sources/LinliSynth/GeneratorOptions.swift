import LinliModel

/// What to generate: the size, and the week every date is set relative to.
public struct GeneratorOptions: Sendable {
    public var tier: Tier
    /// Certificates, health checks, training, once-demands, active ranges and menu versions are dated around this week.
    public var week: ISOWeek

    public init(tier: Tier, week: ISOWeek = .init(year: 2026, week: 48)!) {
        self.tier = tier
        self.week = week
    }
}
