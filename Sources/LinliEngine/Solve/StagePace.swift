/// The pace of a part's first roster in a timed run, telling it to hurry at the latest moment from which the
/// rest, done in a hurry, still ends by its share of the time.
///
/// Calm steps are worth more than hurried ones, but a stage that reaches its share calm leaves the rest to be
/// cut short (Docs/Rules.md "Time limit"). The prediction is linear in the steps done: the rest, at the pace
/// of the calm steps so far made ``speedup`` times faster, would end at now + (now − start) ÷ done × left ÷
/// speedup; it is made once at least ``minimumSample(of:)`` steps are done. Once told to hurry, a stage stays
/// hurried. A deadline that counts no time as used never hurries a stage, so runs without a clock stay
/// repeatable. One part's construction owns its pace, on one thread.
struct StagePace: Sendable {
    private let deadline: Deadline
    private let share: Double
    private let start: Double
    private let total: Int
    private let speedup: Double
    private var done = 0
    private var hurrying = false

    /// A stage of `total` steps that should end by `share` of the time, starting now, whose hurried steps are
    /// about `speedup` times as fast as its calm ones.
    init(deadline: Deadline, share: Double, total: Int, speedup: Double) {
        self.deadline = deadline
        self.share = share
        self.total = total
        self.speedup = speedup
        start = deadline.used
    }

    /// Steps done before the pace is trusted: a few dozen, or 1% of a long stage.
    static func minimumSample(of total: Int) -> Int { max(32, total / 100) }

    /// Whether the next step should hurry: the share is used, or the pace so far would overrun it.
    mutating func shouldHurry() -> Bool {
        if hurrying { return true }
        let used = deadline.used
        let steps = done
        let late = used >= share
            || (steps >= Self.minimumSample(of: total) && used > start
                && used + (used - start) * Double(total - steps) / (Double(steps) * speedup) > share)
        if late { hurrying = true }
        return late
    }

    /// Counts one step done.
    mutating func step() { done += 1 }
}
