import Dispatch
import Synchronization

/// Numbered batches of independent work, solved on the calling thread and on helpers of the global queue.
///
/// Not `DispatchQueue.concurrentPerform`: the bound already runs inside the solver's `concurrentPerform` over
/// the parts, and a nested one runs serially on Linux, so a week of one big part would use one core. Here every
/// thread takes the next batch nobody has taken; the caller waits only for batches already taken, never for a
/// helper to start (a helper that starts late finds none left), so it cannot wait on a busy thread pool. Once
/// the caller has its results it drops the work, so a helper still queued holds nothing of it. Helpers run at
/// the global queue's default priority: on Linux, which ignores priorities, that costs nothing.
final class ParallelBatches<Output: Sendable>: Sendable {
    private let count: Int
    private let next = Atomic<Int>(0)
    private let body: Mutex<(@Sendable (Int) -> Output)?>
    private let outputs: Mutex<[Output?]>
    private let finished = DispatchSemaphore(value: 0)

    private init(count: Int, body: @escaping @Sendable (Int) -> Output) {
        self.count = count
        self.body = Mutex(body)
        outputs = Mutex(.init(repeating: nil, count: count))
    }

    /// The outputs of `body(b)` for every b in `0..<count`, in the order of b, whatever thread computed each and
    /// in whatever order.
    /// - Complexity: the sum of the batches' work over the cores the global queue lends.
    static func run(_ count: Int, _ body: @escaping @Sendable (Int) -> Output) -> [Output] {
        guard count > 0 else { return [] }
        let batches = ParallelBatches(count: count, body: body)
        let solve: @Sendable () -> Void = { batches.solveAll() }
        for _ in 1..<count { DispatchQueue.global().async(execute: solve) }
        solve()
        for _ in 0..<count { batches.finished.wait() }
        batches.body.withLock { $0 = nil }
        return batches.outputs.withLock { $0.map { $0! } }
    }

    /// Takes and solves batches until none is left.
    private func solveAll() {
        while true {
            let b = next.add(1, ordering: .relaxed).oldValue
            guard b < count else { return }
            // Set until every batch has finished, and this one has not.
            let work = body.withLock { $0 }!
            let output = work(b)
            outputs.withLock { $0[b] = output }
            finished.signal()
        }
    }
}
