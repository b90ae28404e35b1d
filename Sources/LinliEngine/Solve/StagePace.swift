import Synchronization

/// The pace of one stage of a timed run (the compile, or a part's first roster), telling it to hurry as soon as
/// it would otherwise end after its share of the time: the deadline's share when it is used, or earlier, when
/// the steps done so far, at the pace they took, leave the rest to end past that share.
///
/// Hurrying at once rather than at the share spends none of the time on full-rate work that would be cut short
/// anyway (Docs/Rules.md "Time limit"). The prediction is the linear one of the steps done: start + elapsed ×
/// total ÷ done, made once at least ``minimumSample(of:)`` steps are done. Steps may be counted from several
/// threads; once one of them is told to hurry, all are. A deadline that counts no time as used never hurries
/// a stage, so runs without a clock stay repeatable.
final class StagePace: Sendable {
    private let deadline: Deadline
    private let share: Double
    private let start: Double
    private let total: Int
    private let done = Atomic(0)
    private let hurrying = Atomic(false)

    /// A stage of `total` steps that should end by `share` of the time, starting now.
    init(deadline: Deadline, share: Double, total: Int) {
        self.deadline = deadline
        self.share = share
        self.total = total
        start = deadline.used
    }

    /// Steps done before the pace is trusted: a few dozen, or 1% of a long stage.
    static func minimumSample(of total: Int) -> Int { max(32, total / 100) }

    /// Whether the next step should hurry: the share is used, or the pace so far would overrun it.
    func shouldHurry() -> Bool {
        if hurrying.load(ordering: .relaxed) { return true }
        let used = deadline.used
        let steps = done.load(ordering: .relaxed)
        let late = used >= share
            || (steps >= Self.minimumSample(of: total) && used > start
                && start + (used - start) * Double(total) / Double(steps) > share)
        if late { hurrying.store(true, ordering: .relaxed) }
        return late
    }

    /// Counts one step done.
    func step() { done.add(1, ordering: .relaxed) }
}
