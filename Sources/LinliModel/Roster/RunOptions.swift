/// The options a roster was made with; stored with the run so `check` applies the same rules.
public struct RunOptions: Hashable, Sendable {
    /// Rule 1 is waived: intermediary workers may serve.
    public var includeIntermediary: Bool
    public var seed: UInt64
    /// Improvement time budget in seconds.
    public var timeLimit: Double
    /// Score each visit served by last week's worker of its weekly demand (the in-week continuity bonus stays either way).
    public var continuity: Bool
    /// Spread the work evenly over the workers within 1% of the score (Docs/Rules.md, "Workload balance").
    public var balance: Bool

    public init(
        includeIntermediary: Bool = false, seed: UInt64 = 1, timeLimit: Double = RunOptions.defaultTimeLimit, continuity: Bool = true,
        balance: Bool = false
    ) {
        self.includeIntermediary = includeIntermediary
        self.seed = seed
        self.timeLimit = timeLimit
        self.continuity = continuity
        self.balance = balance
    }

    /// Seconds of improvement by default: medium districts roster in about 2 s on the reference machine.
    public static let defaultTimeLimit = 2.0
}
