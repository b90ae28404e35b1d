import LinliModel
import LinliStore

extension Workspace {
    /// The run published for `week` when it was made with exactly `options` (seed, time limit,
    /// intermediary workers, continuity, balance); nil otherwise. What `linli batch --resume` skips.
    public func publishedRun(week: ISOWeek, matching options: RunOptions) throws -> RunInfo? {
        try existingDatabase().runs(week: week).first { $0.published && $0.options == options }
    }
}
