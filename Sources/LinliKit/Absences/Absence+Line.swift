import LinliModel

extension Absence {
    /// `W00003 2026-11-25 2026-11-26 sick`.
    public var line: String { "\(workerID) \(from) \(until) \(reason.rawValue)" }
}
