import Foundation

/// The last what-if or site plan each session computed, kept in memory so the result page's table can be
/// downloaded as CSV by a plain link without running the work again. Bounded: the oldest entries go first.
final class ResultStash: @unchecked Sendable {
    static let shared = ResultStash()
    /// Most results kept across all sessions.
    static let capacity = 256

    private let lock = NSLock()
    private var tables: [String: (table: PlannerTable, fileName: String)] = [:]
    private var order: [String] = []

    /// Keeps `table` as the session's latest result of `kind`.
    func keep(_ table: PlannerTable, fileName: String, kind: String, session: String) {
        let key = kind + " " + session
        lock.withLock {
            if tables.updateValue((table, fileName), forKey: key) == nil { order.append(key) }
            while order.count > Self.capacity { tables[order.removeFirst()] = nil }
        }
    }

    /// The session's latest result of `kind`, or nil.
    func latest(kind: String, session: String) -> (table: PlannerTable, fileName: String)? {
        lock.withLock { tables[kind + " " + session] }
    }
}
