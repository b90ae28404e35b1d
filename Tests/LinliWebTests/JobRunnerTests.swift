import Foundation
import LinliKit
import LinliStore
import Testing

@testable import LinliWeb

/// The background-job runner: one job at a time in submission order, a bounded queue, progress and failures
/// recorded, and each job visible only in the scope that started it.
@Suite struct JobRunnerTests {
    /// A gate a job waits on until the test opens it, so a test controls when jobs finish.
    final class Gate: @unchecked Sendable {
        private let condition = NSCondition()
        private var open = false

        func wait() {
            condition.lock()
            while !open { condition.wait() }
            condition.unlock()
        }

        func release() {
            condition.lock()
            open = true
            condition.broadcast()
            condition.unlock()
        }
    }

    /// A list several jobs append to, to see the order they ran in and whether two overlapped.
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var entries: [String] = []
        private var running = 0
        private(set) var overlapped = false

        func enter(_ name: String) {
            lock.withLock {
                running += 1
                if running > 1 { overlapped = true }
                entries.append(name)
            }
        }

        func leave() { lock.withLock { running -= 1 } }
        var names: [String] { lock.withLock { entries } }
    }

    @Test func jobsRunOneAtATimeInTheOrderSubmitted() async throws {
        let runner = JobRunner(capacity: 10, perScope: 10)
        let gate = Gate(), log = Log()
        var ids: [Int] = []
        for name in ["a", "b", "c"] {
            ids.append(try runner.submit(name, scope: .community("C1"), startedBy: "clerk") { progress in
                log.enter(name)
                defer { log.leave() }
                progress("working on \(name)")
                gate.wait()
                return JobOutcome(lines: [name], scopedLines: ["\(name) of C1"])
            })
        }
        #expect(runner.job(ids[2], visibleTo: .all)?.state == .queued)
        gate.release()
        for id in ids { _ = try await runner.finished(id) }
        #expect(log.names == ["a", "b", "c"])
        #expect(!log.overlapped)
        let done = try #require(runner.job(ids[1], visibleTo: .community("C1")))
        #expect(done.state == .done && done.outcome?.lines == ["b of C1"])
        #expect(done.started != nil && done.finished != nil)
        #expect(runner.job(ids[1], visibleTo: .all)?.outcome?.lines == ["b"], "an admin reads the district's summary")
        #expect(runner.job(ids[1], visibleTo: .all)?.steps.map(\.message) == ["working on b"])
    }

    @Test func anOfficeReadsOnlyTheProgressMessagesWordedForItsScope() async throws {
        let runner = JobRunner()
        let id = try runner.submit("roster", scope: .community("C1"), startedBy: "clerk") { progress in
            progress("loading the district")
            progress("solving 900 visits with 40 workers", scoped: "solving")
            return JobOutcome(lines: [])
        }
        _ = try await runner.finished(id)
        #expect(runner.job(id, visibleTo: .all)?.steps.map(\.message) == ["loading the district", "solving 900 visits with 40 workers"])
        #expect(runner.job(id, visibleTo: .community("C1"))?.steps.map(\.message) == ["solving"])
    }

    /// A failure worded for the command line names the database file; a job page shows "the database" instead.
    @Test func aFailureDoesNotNameTheDatabaseFile() async throws {
        let path = "/srv/linli/district.sqlite"
        let runner = JobRunner(hiding: path)
        let id = try runner.submit("roster", scope: .community("C1"), startedBy: "clerk") { _ in
            throw StoreError.publishedChanged(path: path, week: "2026-W49")
        }
        let failure = try #require(try await runner.finished(id)?.failure).joined(separator: "\n")
        #expect(!failure.contains(path) && failure.contains("2026-W49 in the database"), "\(failure)")
        let folder = try runner.submit("roster", scope: .community("C1"), startedBy: "clerk") { _ in
            throw StoreError.readOnly(path: "/srv/linli")
        }
        let readOnly = try #require(try await runner.finished(folder)?.failure).joined(separator: "\n")
        #expect(!readOnly.contains("/srv/linli"), "\(readOnly)")
    }

    @Test func aFullQueueRefusesMoreWork() async throws {
        let runner = JobRunner(capacity: 2)
        let gate = Gate()
        let first = try runner.submit("one", scope: .all, startedBy: "admin") { _ in gate.wait(); return JobOutcome(lines: []) }
        try runner.submit("two", scope: .all, startedBy: "admin") { _ in JobOutcome(lines: []) }
        #expect(throws: JobRunner.Refusal.self) {
            try runner.submit("three", scope: .all, startedBy: "admin") { _ in JobOutcome(lines: []) }
        }
        gate.release()
        _ = try await runner.finished(first)
        let again = try runner.submit("four", scope: .all, startedBy: "admin") { _ in JobOutcome(lines: ["ok"]) }
        #expect(try await runner.finished(again)?.state == .done)
    }

    @Test func oneCommunityGetsOnlyItsShareOfTheQueue() async throws {
        let runner = JobRunner(capacity: 4, perScope: 2)
        let gate = Gate()
        let first = try runner.submit("a1", scope: .community("A"), startedBy: "clerk-a") { _ in gate.wait(); return JobOutcome(lines: []) }
        try runner.submit("a2", scope: .community("A"), startedBy: "clerk-a") { _ in JobOutcome(lines: []) }
        #expect(throws: JobRunner.Refusal.busyScope(perScope: 2)) { try runner.reserve(for: .community("A")) }
        #expect(throws: JobRunner.Refusal.busyScope(perScope: 2)) {
            try runner.submit("a3", scope: .community("A"), startedBy: "clerk-a") { _ in JobOutcome(lines: []) }
        }
        runner.release(try runner.reserve(for: .community("B")))
        let other = try runner.submit("b1", scope: .community("B"), startedBy: "clerk-b") { _ in JobOutcome(lines: ["b"]) }
        gate.release()
        _ = try await runner.finished(first)
        #expect(try await runner.finished(other)?.state == .done)
    }

    /// A held place counts as a job of its scope until a job takes it or it is given back, and the job that
    /// takes it cannot be refused, however full the queue has become meanwhile.
    @Test func aHeldPlaceCountsAndItsJobIsNeverRefused() async throws {
        let runner = JobRunner(capacity: 2, perScope: 2)
        let gate = Gate()
        let place = try runner.reserve(for: .community("A"))
        let first = try runner.submit("b1", scope: .community("B"), startedBy: "clerk-b") { _ in gate.wait(); return JobOutcome(lines: []) }
        #expect(throws: JobRunner.Refusal.busy(capacity: 2)) {
            try runner.submit("b2", scope: .community("B"), startedBy: "clerk-b") { _ in JobOutcome(lines: []) }
        }
        let held = try runner.submit("a1", holding: place, startedBy: "clerk-a") { _ in JobOutcome(lines: ["a"]) }
        runner.release(place)
        #expect(throws: JobRunner.Refusal.busy(capacity: 2)) { try runner.reserve(for: .community("C")) }
        gate.release()
        _ = try await runner.finished(first)
        #expect(try await runner.finished(held)?.state == .done)
        let unused = try runner.reserve(for: .community("C"))
        runner.release(unused)
        runner.release(try runner.reserve(for: .community("C")))
        #expect(try runner.reserve(for: .community("C")).scope == .community("C"))
    }

    @Test func aFailingJobKeepsTheErrorsWordsAndTheNextJobStillRuns() async throws {
        let runner = JobRunner()
        let failing = try runner.submit("bad", scope: .all, startedBy: "admin") { _ in throw KitError.unknownWorker("W9") }
        let next = try runner.submit("good", scope: .all, startedBy: "admin") { _ in JobOutcome(lines: ["fine"]) }
        let failed = try #require(try await runner.finished(failing))
        #expect(failed.state == .failed && failed.outcome == nil)
        #expect(failed.failure.joined().contains("W9"))
        #expect(try await runner.finished(next)?.state == .done)
    }

    @Test func aJobIsSeenOnlyInTheScopeThatStartedItAndByAnAdmin() async throws {
        let runner = JobRunner()
        let id = try runner.submit("replan", scope: .community("C1"), startedBy: "clerk") { _ in JobOutcome(lines: []) }
        _ = try await runner.finished(id)
        #expect(runner.job(id, visibleTo: .community("C1")) != nil)
        #expect(runner.job(id, visibleTo: .all) != nil)
        #expect(runner.job(id, visibleTo: .community("C2")) == nil)
        #expect(runner.job(id, visibleTo: .enterprise("C1")) == nil)
        #expect(runner.job(id, visibleTo: .aggregates) == nil)
        #expect(runner.job(id + 1, visibleTo: .all) == nil)
        #expect(runner.jobs(visibleTo: .community("C2")).isEmpty)
        #expect(runner.jobs(visibleTo: .community("C1")).map(\.id) == [id])
    }

    @Test func onlyTheNewestFinishedJobsAreKept() async throws {
        let runner = JobRunner(capacity: 4, kept: 2)
        var ids: [Int] = []
        for n in 0..<4 {
            let id = try runner.submit("job \(n)", scope: .all, startedBy: "admin") { _ in JobOutcome(lines: []) }
            _ = try await runner.finished(id)
            ids.append(id)
        }
        let last = try runner.submit("last", scope: .all, startedBy: "admin") { _ in JobOutcome(lines: []) }
        _ = try await runner.finished(last)
        #expect(runner.jobs(visibleTo: .all).count <= 3)
        #expect(runner.job(ids[0], visibleTo: .all) == nil)
        #expect(runner.job(last, visibleTo: .all) != nil)
    }
}
