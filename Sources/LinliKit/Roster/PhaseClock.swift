import LinliEngine
import LinliModel
import Synchronization

/// Times the phases of one roster run: started when the dataset is loaded, told by the engine (through
/// ``Deadline/reached(_:)``) when each phase ends.
final class PhaseClock: Sendable {
    private let clock = ContinuousClock()
    let start: ContinuousClock.Instant
    /// Seconds from `start` to the latest end of each phase reported.
    private let ends = Mutex<[SolvePhase: Double]>([:])

    init() { start = clock.now }

    /// Seconds since `start`.
    var elapsed: Double { (clock.now - start).seconds }

    /// Records that `phase` ended now (for one part of the week; the latest end counts).
    func mark(_ phase: SolvePhase) {
        let now = elapsed
        ends.withLock { $0[phase] = max($0[phase] ?? 0, now) }
    }

    /// The phases as consecutive durations, the solve having ended at `solved` seconds from `start`; a phase
    /// no part reported (a week without visits) takes no time.
    func timings(load: Double, solved: Double, store: Double) -> PhaseTimings {
        let ends = self.ends.withLock { $0 }
        var previous = 0.0
        var spans: [SolvePhase: Double] = [:]
        for phase in SolvePhase.allCases {
            let end = max(previous, min(solved, ends[phase] ?? previous))
            spans[phase] = end - previous
            previous = end
        }
        return PhaseTimings(
            load: load, compile: spans[.compile] ?? 0, construction: spans[.construction] ?? 0, search: spans[.search] ?? 0,
            bound: spans[.bound] ?? 0, finish: max(0, solved - previous), store: store)
    }
}
