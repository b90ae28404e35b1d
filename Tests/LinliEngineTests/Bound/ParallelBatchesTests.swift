import Dispatch
@testable import LinliEngine
import Synchronization
import Testing

/// Batches solved on the calling thread and helpers: every batch once, outputs in batch order, also when many
/// callers run at once from inside a `concurrentPerform`, as the solver's parts do.
@Suite struct ParallelBatchesTests {
    @Test func noBatchesGiveNoOutputs() {
        #expect(ParallelBatches<Int>.run(0) { $0 }.isEmpty)
    }

    @Test func oneBatchRunsOnTheCallingThread() {
        #expect(ParallelBatches<Int>.run(1) { $0 + 41 } == [41 + 0])
    }

    @Test func everyBatchRunsOnceAndOutputsKeepTheirOrder() {
        let calls = Mutex([Int](repeating: 0, count: 64))
        let outputs = ParallelBatches<Int>.run(64) { b in
            calls.withLock { $0[b] += 1 }
            // Uneven batches, so that they finish out of order.
            var x = UInt64(b)
            for _ in 0..<((64 - b) * 2_000) { x = x &* 6_364_136_223_846_793_005 &+ 1 }
            return b * b + Int(x & 0)
        }
        #expect(outputs == (0..<64).map { $0 * $0 })
        #expect(calls.withLock { $0 } == [Int](repeating: 1, count: 64))
    }

    @Test func callersInsideAConcurrentPerformAllFinish() {
        let sums = Mutex([Int](repeating: -1, count: 8))
        DispatchQueue.concurrentPerform(iterations: 8) { caller in
            let outputs = ParallelBatches<Int>.run(16) { b in caller * 100 + b }
            sums.withLock { $0[caller] = outputs.reduce(0, +) }
        }
        #expect(sums.withLock { $0 } == (0..<8).map { caller in (0..<16).reduce(0) { $0 + caller * 100 + $1 } })
    }
}
