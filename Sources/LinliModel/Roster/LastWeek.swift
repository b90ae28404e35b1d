/// The roster of the week before as a run reads it: which stored run it is, and each demand's last worker.
///
/// A demand's last worker is the worker of its latest-dated row in that run (Docs/Rules.md, stable
/// relationships); whether the demand is weekly is decided by the data of the run that reads it.
public struct LastWeek: Hashable, Sendable {
    /// The stored run of the week before (its published version when the reading run was made).
    public var runID: Int64
    /// Demand id → worker id of the demand's latest-dated row.
    public var workers: [String: String]

    public init(runID: Int64, workers: [String: String]) {
        self.runID = runID
        self.workers = workers
    }
}
