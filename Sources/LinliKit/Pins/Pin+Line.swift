import LinliModel

extension Pin {
    /// `D12 2026-11-24 W3 09:00` (the start only when pinned).
    public var line: String {
        "\(demandID) \(date) \(workerID)" + (start.map { " \($0)" } ?? "")
    }
}
