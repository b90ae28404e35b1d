import LinliStore

extension Workspace {
    /// How many times a roster or replan job is tried before a change another user made meanwhile fails it.
    public static let rosterAttempts = 4

    /// Runs `work`, and runs it again (up to `attempts` times in all) when it fails only because the stored dataset
    /// or the week's published roster changed while it ran (``StoreError/datasetChanged(path:)``,
    /// ``StoreError/publishedChanged(path:week:)``): the roster it computed was not stored, and another community's
    /// office recording an absence must not fail this one's roster. `progress` is told of each new attempt.
    public func retryingWhileDatasetChanges<T>(
        attempts: Int = Workspace.rosterAttempts, progress: (String) -> Void, _ work: () throws -> T
    ) throws -> T {
        var attempt = 1
        while true {
            do {
                return try work()
            } catch let error as StoreError where attempt < attempts && error.isChangeMeanwhile {
                attempt += 1
                progress("the stored data changed while this ran; running again (attempt \(attempt) of \(attempts))")
            }
        }
    }
}

extension StoreError {
    /// Whether the error says only that another writer changed the data a run was computed from.
    var isChangeMeanwhile: Bool {
        switch self {
        case .datasetChanged, .publishedChanged: true
        default: false
        }
    }
}
