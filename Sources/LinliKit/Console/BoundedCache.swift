import Foundation

/// Values a server keeps in memory, at most a given number, the oldest leaving first.
///
/// Entries never change once stored, so a key must name everything its value was made from: the console's
/// rendered roster parts are keyed by published run and dataset revision, so a stale entry is never found
/// again (Benchmarks/README.md, "Console load"); ``VerifiedTokens`` keys a hash by the whole token. Two
/// callers missing the same key at once both make the value; the first stored wins.
public final class BoundedCache<Value: Sendable>: @unchecked Sendable {
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
