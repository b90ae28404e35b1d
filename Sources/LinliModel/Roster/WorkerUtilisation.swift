/// One worker's share of the week's work: service minutes ÷ available minutes (Docs/Rules.md, "Workload balance").
public struct WorkerUtilisation: Hashable, Sendable {
    public var workerID: String
    /// Σ (end − start) over the worker's rows of the roster.
    public var serviceMinutes: Int
    /// The smaller of the week cap and the shift minutes of the working days no absence covers; above 0.
    public var availableMinutes: Int

    public init(workerID: String, serviceMinutes: Int, availableMinutes: Int) {
        self.workerID = workerID
        self.serviceMinutes = serviceMinutes
        self.availableMinutes = availableMinutes
    }

    public var utilisation: Double { Double(serviceMinutes) / Double(availableMinutes) }
}
