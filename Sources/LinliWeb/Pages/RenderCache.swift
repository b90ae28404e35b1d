import Foundation

/// Rendered page parts kept in memory, each under a key naming everything it was rendered from.
///
/// A key holds the published run and the dataset revision besides the selection, so an entry can never be
/// found again once it is stale: a new roster, a replan or an import makes new keys, and the oldest entries
/// leave when the cache is full. Two requests missing the same key at once both render; the first stored wins.
/// This is what lets fifty clerks read a large district's roster while a roster run writes (Benchmarks/README.md,
/// "Console load"): a page then costs its session check and three small queries instead of a render.
public final class RenderCache<Value: Sendable>: @unchecked Sendable {
    private let capacity: Int
    private let lock = NSLock()
    private var entries: [String: Value] = [:]
    /// Keys in insertion order: the first leaves first (FIFO; entries never change, so no recency is kept).
    private var order: [String] = []

    /// A cache of at most `capacity` entries.
    public init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// The value stored under `key`, if any.
    /// - Complexity: O(1).
    public func cached(_ key: String) -> Value? {
        lock.withLock { entries[key] }
    }

    /// Stores `value` under `key` unless a value is there already, and returns the one kept.
    /// - Complexity: O(1), O(capacity) when full (the oldest entry leaves).
    public func store(_ value: Value, for key: String) -> Value {
        lock.withLock {
            if let first = entries[key] { return first }
            entries[key] = value
            order.append(key)
            if order.count > capacity { entries[order.removeFirst()] = nil }
            return value
        }
    }

    /// How many entries are stored.
    public var count: Int { lock.withLock { entries.count } }
}
