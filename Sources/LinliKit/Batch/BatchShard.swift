import LinliModel

/// Shard `index` of `count` (`--shard i/n`, 1-based): the plan items k with `k mod count + 1 == index`.
///
/// The shards of one plan are disjoint and together hold every item, whatever machine computes them.
public struct BatchShard: Hashable, Sendable, CustomStringConvertible {
    public let index: Int
    public let count: Int

    /// Shard `index` of `count`, or nil unless 1 ≤ index ≤ count and `count` is within ``Limits/shards``.
    public init?(index: Int, count: Int) {
        guard Limits.shards.contains(count), (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// Parses `i/n`.
    public init?(text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]) else { return nil }
        self.init(index: i, count: n)
    }

    /// Whether plan item (or database) `k`, 0-based, belongs to this shard.
    public func contains(_ k: Int) -> Bool { k % count + 1 == index }

    public var description: String { "\(index)/\(count)" }
}
