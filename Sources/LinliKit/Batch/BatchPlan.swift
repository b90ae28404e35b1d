import LinliModel

/// The work of one `linli batch`: every (database, week) pair, numbered in a fixed order.
///
/// Databases are sorted by path and weeks ascending, so the numbering does not depend on the order of the
/// command line (nor on how a shell sorts a glob): item k is database `k / weeks.count`, week `k % weeks.count`.
public struct BatchPlan: Hashable, Sendable {
    /// An item with its number in the plan.
    public struct Entry: Hashable, Sendable {
        public var index: Int
        public var item: BatchItem
    }

    /// The distinct databases, sorted.
    public let databases: [String]
    /// The distinct weeks, ascending.
    public let weeks: [ISOWeek]

    public init(databases: [String], weeks: [ISOWeek]) {
        self.databases = Array(Set(databases)).sorted()
        self.weeks = Array(Set(weeks)).sorted()
    }

    /// Every item, database-major.
    public var entries: [Entry] {
        databases.flatMap { db in weeks.map { BatchItem(database: db, week: $0) } }
            .enumerated().map { Entry(index: $0.offset, item: $0.element) }
    }

    /// What `--shard` deals out: single items, or whole databases with all their weeks.
    public enum ShardUnit: String, Hashable, Sendable, CaseIterable {
        /// Item k goes to shard `k mod n + 1`.
        case item
        /// Database d (0-based, paths sorted) goes to shard `d mod n + 1`, with every week of it, so
        /// continuity between its weeks stays within one process.
        case database
    }

    /// The items of `shard` (all items when nil).
    public func entries(in shard: BatchShard?, by unit: ShardUnit = .item) -> [Entry] {
        guard let shard else { return entries }
        return entries.filter { shard.contains(unit == .item ? $0.index : $0.index / weeks.count) }
    }

    /// The entries grouped into chains that must run one after the other, in plan order.
    ///
    /// With continuity a week reads the roster published for the week before in the same database, so the
    /// weeks of one database form one chain, ascending; without it every item is a chain of its own.
    public static func chains(_ entries: [Entry], continuity: Bool) -> [[Entry]] {
        guard continuity else { return entries.map { [$0] } }
        var order: [String] = []
        var byDatabase: [String: [Entry]] = [:]
        for entry in entries {
            if byDatabase[entry.item.database] == nil { order.append(entry.item.database) }
            byDatabase[entry.item.database, default: []].append(entry)
        }
        return order.map { byDatabase[$0]!.sorted { $0.item.week < $1.item.week } }
    }
}
