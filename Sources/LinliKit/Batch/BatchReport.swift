import LinliModel

/// What one `linli batch` process did (`--report`), or what `linli batch merge` collected from several.
public struct BatchReport: Hashable, Sendable {
    /// The run options every item was rostered with.
    public var options: RunOptions
    /// The shard this process ran; nil for a whole plan or a merged report.
    public var shard: BatchShard?
    /// Items in the whole plan, before sharding.
    public var planItems: Int
    /// Whether the batch was interrupted (SIGINT or SIGTERM) before it finished.
    public var interrupted: Bool
    public var elapsedSeconds: Double
    /// One result per item of the shard, in plan order.
    public var results: [BatchItemResult]

    public init(
        options: RunOptions, shard: BatchShard?, planItems: Int, interrupted: Bool = false, elapsedSeconds: Double = 0,
        results: [BatchItemResult]
    ) {
        self.options = options
        self.shard = shard
        self.planItems = planItems
        self.interrupted = interrupted
        self.elapsedSeconds = elapsedSeconds
        self.results = results
    }

    /// Items per status.
    public var counts: [BatchItemResult.Status: Int] {
        Dictionary(grouping: results, by: \.status).mapValues(\.count)
    }

    /// Whether every item ended with a published roster.
    public var succeeded: Bool { results.allSatisfy(\.status.isPublished) }
}
