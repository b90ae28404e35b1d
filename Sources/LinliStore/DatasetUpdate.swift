/// What a dataset write did, or would do in a dry run: whether rows were added or changed, and the
/// rows a replacing write deletes.
public struct DatasetUpdate: Hashable, Sendable {
    /// One stored row that the new dataset no longer lists.
    public struct Removal: Hashable, Sendable {
        /// The database table (`demands`, `menu_items`, `pins`, ...).
        public var table: String
        /// The row's key as a person reads it (`D12`, `E1 CLEAN-2H from 2026-01-01`, `D12 2026-11-24`).
        public var key: String
        /// Whether a published roster names this row (a demand, worker or enterprise).
        public var inPublishedRoster: Bool

        public init(table: String, key: String, inPublishedRoster: Bool) {
            self.table = table
            self.key = key
            self.inPublishedRoster = inPublishedRoster
        }
    }

    /// Whether rows were (or would be) added, changed or deleted.
    public var changed: Bool
    /// The deleted rows, children before parents, each table in key order.
    public var removals: [Removal]

    public init(changed: Bool, removals: [Removal]) {
        self.changed = changed
        self.removals = removals
    }
}
