import Foundation
import LinliKit
import LinliModel
import LinliStore

/// The stored dataset and its ``ScopeIndex``, reloaded only when the dataset's revision changed.
///
/// Every page needs the dataset; reading the whole of it per request would cost a large district hundreds
/// of milliseconds, while asking for its revision costs one tiny query.
public final class DatasetCache: @unchecked Sendable {
    /// A dataset at one revision with its index.
    public struct Snapshot: Sendable {
        public let revised: RevisedDataset
        public let scope: ScopeIndex
        /// The dataset's indexes by id, built once per revision rather than once per page.
        public let lookup: DatasetLookup
        public var dataset: Dataset { revised.dataset }
    }

    private let workspace: Workspace
    private let lock = NSLock()
    private var snapshot: Snapshot?

    init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// The dataset as stored now.
    /// - Throws: `KitError.emptyDatabase` when no dataset was imported.
    public func current() throws -> Snapshot {
        let revision = try workspace.datasetRevision()
        lock.lock()
        let cached = snapshot
        lock.unlock()
        if let cached, cached.revised.revision == revision { return cached }
        let revised = try workspace.revisedDataset()
        let fresh = Snapshot(revised: revised, scope: ScopeIndex(revised.dataset), lookup: DatasetLookup(revised.dataset))
        lock.lock()
        snapshot = fresh
        lock.unlock()
        return fresh
    }
}
