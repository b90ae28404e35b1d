import Foundation
import LinliEngine

/// The wall-clock side of `--time-limit`: the engine stops at the limit counted from a start instant, even
/// when its work budget is not spent yet.
enum WallClock {
    /// A test hook: with `LINLI_NO_DEADLINE=1` in the environment the work budget alone ends the search, so
    /// tests that compare two runs (batch against single runs, resumed against uninterrupted) stay exact on a
    /// busy machine.
    static let hookName = "LINLI_NO_DEADLINE"

    /// The deadline `seconds` after `start`, or ``Deadline/never`` when the test hook is set.
    static func deadline(seconds: Double, from start: ContinuousClock.Instant) -> Deadline {
        if ProcessInfo.processInfo.environment[hookName] == "1" { return .never }
        let clock = ContinuousClock()
        return Deadline { (clock.now - start).seconds >= seconds }
    }
}
