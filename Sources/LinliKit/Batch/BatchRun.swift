import Foundation
import LinliModel
import Synchronization

/// Runs the items of a batch: each one rosters and publishes its week in one transaction
/// (``Workspace/roster(_:progress:)``), so a week is either fully published or untouched.
///
/// Items run in chains (``BatchPlan/chains(_:continuity:)``): `jobs` threads take chains in plan order, and
/// run the items of a chain one after the other, so different databases roster in parallel while the weeks
/// of one database follow each other when continuity reads the week before. When an item fails, the later
/// items of its chain are blocked rather than rostered against a missing week.
public final class BatchRun: Sendable {
    public let entries: [BatchPlan.Entry]
    public let options: RunOptions
    public let jobs: Int
    /// Skip items whose week is already published with the same options.
    public let resume: Bool
    /// Seconds to sleep before each item: a test hook (`LINLI_BATCH_PAUSE`) that lets a test kill a batch part-way.
    public let pauseBeforeItem: Double

    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    private let state = Mutex(State())

    private struct State {
        var results: [Int: BatchItemResult] = [:]
        var running: [Int: BatchItem] = [:]
        var nextChain = 0
    }

    public init(entries: [BatchPlan.Entry], options: RunOptions, jobs: Int, resume: Bool, pauseBeforeItem: Double = 0) {
        self.entries = entries
        self.options = options
        self.jobs = max(1, jobs)
        self.resume = resume
        self.pauseBeforeItem = pauseBeforeItem
        started = clock.now
    }

    /// Runs every item and returns their results in plan order; `onFinish` is called on a worker thread as
    /// each item ends.
    public func run(onFinish: @escaping @Sendable (BatchItemResult) -> Void = { _ in }) -> [BatchItemResult] {
        let chains = BatchPlan.chains(entries, continuity: options.continuity)
        let group = DispatchGroup()
        for _ in 0..<parallelism {
            group.enter()
            let thread = Thread { [self] in
                while let chain = takeChain(chains) { run(chain, onFinish: onFinish) }
                group.leave()
            }
            thread.stackSize = 16 << 20
            thread.start()
        }
        group.wait()
        return results
    }

    /// Every item's result so far, in plan order; unfinished items are pending.
    public var results: [BatchItemResult] {
        let done = state.withLock { $0.results }
        return entries.map { done[$0.index] ?? BatchItemResult(entry: $0, status: .pending) }
    }

    public var elapsedSeconds: Double { (clock.now - started).seconds }

    /// Items that can run at the same time: `jobs`, at most one per chain.
    public var parallelism: Int { min(jobs, BatchPlan.chains(entries, continuity: options.continuity).count) }

    public var progress: BatchProgress {
        let (done, running) = state.withLock { ($0.results, $0.running) }
        return BatchProgress(
            finished: done.count, worked: done.values.count(where: { $0.status != .skipped }), total: entries.count,
            elapsedSeconds: elapsedSeconds, running: running.sorted { $0.key < $1.key }.map(\.value))
    }

    private func takeChain(_ chains: [[BatchPlan.Entry]]) -> [BatchPlan.Entry]? {
        state.withLock { s in
            guard s.nextChain < chains.count else { return nil }
            defer { s.nextChain += 1 }
            return chains[s.nextChain]
        }
    }

    private func run(_ chain: [BatchPlan.Entry], onFinish: @Sendable (BatchItemResult) -> Void) {
        var failure: BatchItem?
        for entry in chain {
            let result: BatchItemResult
            if let failure {
                result = BatchItemResult(entry: entry, status: .blocked, error: "not run: \(failure.week) of this database failed")
            } else {
                if pauseBeforeItem > 0 { Thread.sleep(forTimeInterval: pauseBeforeItem) }
                state.withLock { $0.running[entry.index] = entry.item }
                result = perform(entry)
            }
            if result.status == .failed { failure = entry.item }
            state.withLock {
                $0.running[entry.index] = nil
                $0.results[entry.index] = result
            }
            onFinish(result)
        }
    }

    private func perform(_ entry: BatchPlan.Entry) -> BatchItemResult {
        let itemStart = clock.now
        let workspace = Workspace(databasePath: entry.item.database)
        do {
            if resume, let run = try workspace.publishedRun(week: entry.item.week, matching: options) {
                return BatchItemResult(entry: entry, status: .skipped, figures: BatchFigures(run))
            }
            let report = try workspace.roster(RosterRequest(week: entry.item.week, options: options))
            return BatchItemResult(
                entry: entry, status: .rostered, figures: BatchFigures(runID: report.runID, summary: report.roster.summary),
                seconds: (clock.now - itemStart).seconds)
        } catch {
            let text = FailureText.lines(for: error).map { $0.replacingOccurrences(of: "linli: error: ", with: "") }
            return BatchItemResult(
                entry: entry, status: .failed, seconds: (clock.now - itemStart).seconds, error: text.joined(separator: "; "))
        }
    }
}
