import Foundation
import LinliEngine

/// The wall-clock side of `--time-limit`: the engine stops at the limit counted from a start instant, even
/// when its work budget is not spent yet.
enum WallClock {
    /// A test hook: with `LINLI_NO_DEADLINE=1` in the environment the work budget alone ends the search, so
    /// tests that compare two runs (batch against single runs, resumed against uninterrupted) stay exact on a
    /// busy machine.
    static let hookName = "LINLI_NO_DEADLINE"

    /// The deadline `seconds` after the start of `phases`, which it tells of each phase the engine ends; with
    /// the test hook set it never counts any time as used.
    static func deadline(seconds: Double, phases: PhaseClock) -> Deadline {
        let off = ProcessInfo.processInfo.environment[hookName] == "1"
        return Deadline(
            usedShare: { off ? 0 : seconds > 0 ? phases.elapsed / seconds : 1 },
            reached: { phases.mark($0) })
    }
}
