import Foundation

/// A task executor on threads of its own, outside Swift's cooperative pool, for the console under test.
///
/// On a two-core machine the cooperative pool has two threads, and the synchronous engine tests that run beside
/// the console's tests in the same process can hold both for minutes. A server whose handlers wait for that pool
/// then falls silent, and a raw socket's timeout fires although nothing is wrong with the console (CI saw this).
/// `ConsoleFixture.test` runs the router and its live server under this executor's preference, which every child
/// task of the server inherits, so the console answers whatever else the test process is doing.
final class DedicatedExecutor: TaskExecutor, @unchecked Sendable {
    /// The executor every console test shares; its threads live as long as the test process.
    static let shared = DedicatedExecutor(threads: 4)

    private let condition = NSCondition()
    /// Jobs waiting for a thread, oldest first; guarded by `condition`.
    private var waiting: [UnownedJob] = []

    private init(threads: Int) {
        for index in 0..<threads {
            let thread = Thread { [unowned self] in self.work() }
            thread.name = "linli.tests.console.\(index)"
            thread.start()
        }
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        waiting.append(job)
        condition.signal()
        condition.unlock()
    }

    private func work() {
        while true {
            condition.lock()
            while waiting.isEmpty { condition.wait() }
            let job = waiting.removeFirst()
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}
