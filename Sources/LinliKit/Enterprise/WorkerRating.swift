import LinliModel

/// One worker's rating from the households' evaluations (see ``Ratings``).
public struct WorkerRating: Hashable, Sendable {
    public var workerID: String
    public var name: String
    public var score: Ratings.Score
}

/// An enterprise's rating and those of its workers, best first.
public struct EnterpriseRatings: Hashable, Sendable {
    public var enterprise: Ratings.Score
    public var workers: [WorkerRating]
    /// The prior mean every rating starts from.
    public var priorMean: Double
}
