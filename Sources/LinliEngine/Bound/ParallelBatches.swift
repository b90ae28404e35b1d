import Dispatch
import Synchronization

/// Numbered batches of independent work, solved on the calling thread and on helpers of the global queue.
///
/// Not `DispatchQueue.concurrentPerform`: the bound already runs inside the solver's `concurrentPerform` over
/// the parts, and a nested one runs serially on Linux, so a week of one big part would use one core. Here every
/// thread takes the next batch nobody has taken; the caller waits only for batches already taken, never for a
/// helper to start (a helper that starts late finds none left), so it cannot wait on a busy thread pool.
final class ParallelBatches<Result: Sendable>: Sendable {
    private let count: Int
    private let next = Atomic<Int>(0)
    private let results: Mutex<[Result?]>
    private let finished = DispatchSemaphore(value: 0)

    private init(count: Int) {
        self.count = count
        results = Mutex(.init(repeating: nil, count: count))
    }

    /// `body(b)` for every b in `0..<count`, in that order whatever thread solved each.
    /// - Complexity: the sum of the batches' work over the cores the global queue lends.
    static func run(_ count: Int, _ body: @escaping @Sendable (Int) -> Result) -> [Result] {
        guard count > 0 else { return [] }
        let batches = ParallelBatches(count: count)
        let solve: @Sendable () -> Void = {
            while let b = batches.take() {
                let result = body(b)
                batches.results.withLock { $0[b] = result }
                batches.finished.signal()
            }
        }
        for _ in 1..<count { DispatchQueue.global().async(execute: solve) }
        solve()
        for _ in 0..<count { batches.finished.wait() }
        return batches.results.withLock { $0.map { $0! } }
    }

    /// The next batch nobody has taken, or nil when all are.
    private func take() -> Int? {
        let b = next.add(1, ordering: .relaxed).oldValue
        return b < count ? b : nil
    }
}
