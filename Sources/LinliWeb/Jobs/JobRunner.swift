import Foundation
import LinliKit

/// Runs the console's long work (roster and replan runs, batches) in the background, one job at a time,
/// with a bounded queue, so no request waits for it (Docs/Console.md, "Background jobs").
///
/// A job's work is a synchronous closure run on one dedicated thread, not on the threads that answer
/// requests: a solver busy for minutes never slows a page. The closure reports progress through
/// ``JobProgress``; pages read a job's state with ``job(_:visibleTo:)`` and refresh themselves while it is
/// active. Jobs run in the order submitted; a submission beyond ``capacity`` unfinished jobs, or beyond
/// ``perScope`` unfinished jobs of the submitter's scope (one community, one enterprise; an admin has no share),
/// is refused, so one clerk cannot fill the queue that every community shares.
/// The runner holds no database lock: a roster job loads, solves, then publishes in one short
/// transaction with a revision check (`Workspace.roster`), so pages keep reading while it solves.
public final class JobRunner: @unchecked Sendable {
    /// The work of a job; it may throw, and the job is then shown as failed with the error's words.
    public typealias Work = @Sendable (JobProgress) throws -> JobOutcome

    /// Why a job was not accepted.
    public enum Refusal: Error, Equatable, Sendable {
        /// ``capacity`` jobs are queued or running already.
        case busy(capacity: Int)
        /// ``perScope`` jobs of the same scope are queued or running already.
        case busyScope(perScope: Int)
    }

    /// The most jobs queued or running at once.
    public let capacity: Int
    /// The most jobs of one scope queued or running at once.
    public let perScope: Int
    /// How many finished jobs are kept for their pages (the oldest go first).
    public let kept: Int

    private let lock = NSLock()
    private var jobs: [Int: BackgroundJob] = [:]
    private var queue: [(id: Int, work: Work)] = []
    private var workerRunning = false
    private var lastID = 0
    /// Places held by ``reserve(for:)``, by token: each counts as an unfinished job of its scope.
    private var held: [Int: ViewerScope] = [:]
    private var lastToken = 0

    /// A place in the queue held for a job that may only be submitted once other work is done (a sick call's
    /// replan, submitted after the absence is stored): ``submit(_:holding:startedBy:work:)`` cannot refuse it.
    public struct Reservation: Sendable {
        fileprivate let token: Int
        public let scope: ViewerScope
    }

    /// Text a failure's message must not show (the database file's path and its folder, which the command-line
    /// wording names), longest first: replaced by ``redacted`` in what a job page shows.
    let hidden: [String]
    static let redacted = "the database"

    public init(capacity: Int = 16, perScope: Int = 2, kept: Int = 100, hiding hidden: String? = nil) {
        let folder = hidden.map { ($0 as NSString).deletingLastPathComponent } ?? ""
        self.hidden = [hidden ?? "", folder].filter { !$0.isEmpty && $0 != "." && $0 != "/" }
        self.capacity = max(capacity, 1)
        self.perScope = max(perScope, 1)
        self.kept = max(kept, 1)
    }

    /// Queues `work` and returns the job's id; the job starts when the jobs before it have finished.
    /// - Throws: ``Refusal/busy(capacity:)`` when ``capacity`` jobs are unfinished, ``Refusal/busyScope(perScope:)``
    ///   when ``perScope`` of them are of `scope`.
    @discardableResult
    public func submit(_ title: String, scope: ViewerScope, startedBy: String, work: @escaping Work) throws -> Int {
        try submit(title, scope: scope, startedBy: startedBy, work: work, holding: nil)
    }

    /// Queues `work` in the place `reservation` holds and returns the job's id.
    /// - Throws: ``Refusal`` only when the place was given back already (then as ``submit(_:scope:startedBy:work:)``).
    @discardableResult
    public func submit(_ title: String, holding reservation: Reservation, startedBy: String, work: @escaping Work) throws -> Int {
        try submit(title, scope: reservation.scope, startedBy: startedBy, work: work, holding: reservation.token)
    }

    /// Queues `work`, in the place held under `token` if any (given back and taken in one step under the lock).
    private func submit(_ title: String, scope: ViewerScope, startedBy: String, work: @escaping Work, holding token: Int?) throws -> Int {
        let (id, startWorker) = try lock.withLock { () throws -> (Int, Bool) in
            if let token { held.removeValue(forKey: token) }
            try checkRoom(for: scope)
            lastID += 1
            jobs[lastID] = BackgroundJob(id: lastID, title: title, scope: scope, startedBy: startedBy, submitted: Date())
            queue.append((lastID, work))
            forgetOldJobs()
            let start = !workerRunning
            workerRunning = true
            return (lastID, start)
        }
        if startWorker {
            let thread = Thread { [self] in drain() }
            thread.name = "linli-jobs"
            thread.start()
        }
        return id
    }

    /// Holds a place for a job of `scope`, as ``submit(_:scope:startedBy:work:)`` would take one now: for a page
    /// that must not store anything (a sick call's absence) when its job would be refused. Submit the job with
    /// ``submit(_:holding:startedBy:work:)`` or give the place back with ``release(_:)``.
    /// - Throws: ``Refusal`` as `submit` would.
    public func reserve(for scope: ViewerScope) throws -> Reservation {
        try lock.withLock {
            try checkRoom(for: scope)
            lastToken += 1
            held[lastToken] = scope
            return Reservation(token: lastToken, scope: scope)
        }
    }

    /// Gives back a place ``reserve(for:)`` held and no job took; nothing when a job took it.
    public func release(_ reservation: Reservation) {
        lock.withLock { _ = held.removeValue(forKey: reservation.token) }
    }

    /// The refusal of a job of `scope`, if any; the caller holds the lock.
    private func checkRoom(for scope: ViewerScope) throws {
        let active = jobs.values.filter(\.isActive).map(\.scope) + held.values
        guard active.count < capacity else { throw Refusal.busy(capacity: capacity) }
        guard scope == .all || active.count(where: { $0 == scope }) < perScope else {
            throw Refusal.busyScope(perScope: perScope)
        }
    }

    /// The job `id` as `viewer` may see it (its own scope's jobs; admin every job; ``seen(_:by:)``), else nil.
    public func job(_ id: Int, visibleTo viewer: ViewerScope) -> BackgroundJob? {
        lock.withLock { jobs[id] }.flatMap { Self.seen($0, by: viewer) }
    }

    /// The jobs `viewer` may see, newest first, as ``seen(_:by:)`` gives them.
    public func jobs(visibleTo viewer: ViewerScope) -> [BackgroundJob] {
        lock.withLock { Array(jobs.values) }.compactMap { Self.seen($0, by: viewer) }.sorted { $0.id > $1.id }
    }

    /// Waits until job `id` has finished (for tests and shutdown), polling every `interval` seconds.
    public func finished(_ id: Int, interval: Double = 0.02) async throws -> BackgroundJob? {
        while let job = lock.withLock({ jobs[id] }) {
            if !job.isActive { return job }
            try await Task.sleep(nanoseconds: UInt64(interval * 1e9))
        }
        return nil
    }

    /// `job` as `viewer` may read it, or nil when the job is not of its scope: a viewer who does not see the
    /// district (an office) reads the outcome's ``JobOutcome/scopedLines`` in place of the district summary, and
    /// of the progress messages only their ``BackgroundJob/Step/scopedMessage`` (a step without one is left out).
    static func seen(_ job: BackgroundJob, by viewer: ViewerScope) -> BackgroundJob? {
        guard viewer == .all || (viewer != .nothing && job.scope == viewer) else { return nil }
        guard !viewer.seesDistrict else { return job }
        var seen = job
        seen.steps = job.steps.compactMap { step in
            step.scopedMessage.map { BackgroundJob.Step(seconds: step.seconds, message: $0, scopedMessage: $0) }
        }
        if let outcome = job.outcome { seen.outcome?.lines = outcome.scopedLines }
        return seen
    }

    /// Runs the queued jobs one after another on the calling (dedicated) thread until none is left.
    private func drain() {
        while let next = lock.withLock({ () -> (id: Int, work: Work)? in
            guard !queue.isEmpty else {
                workerRunning = false
                return nil
            }
            let next = queue.removeFirst()
            jobs[next.id]?.state = .running
            jobs[next.id]?.started = Date()
            return next
        }) {
            let progress = JobProgress(runner: self, id: next.id)
            let result = Result { try next.work(progress) }
            lock.withLock {
                jobs[next.id]?.finished = Date()
                switch result {
                case let .success(outcome):
                    jobs[next.id]?.state = .done
                    jobs[next.id]?.outcome = outcome
                case let .failure(error):
                    jobs[next.id]?.state = .failed
                    jobs[next.id]?.failure = FailureText.lines(for: error).map { line in
                        hidden.reduce(line) { $0.replacingOccurrences(of: $1, with: Self.redacted) }
                    }
                }
            }
        }
    }

    /// Records a progress message of job `id`, with its form for viewers who do not see the district.
    func report(_ message: String, scoped: String?, of id: Int) {
        lock.withLock {
            guard let started = jobs[id]?.started else { return }
            jobs[id]?.steps.append(
                BackgroundJob.Step(seconds: Date().timeIntervalSince(started), message: message, scopedMessage: scoped))
        }
    }

    /// Drops the oldest finished jobs beyond ``kept``; the caller holds the lock.
    private func forgetOldJobs() {
        let finished = jobs.values.filter { !$0.isActive }.map(\.id).sorted()
        for id in finished.dropLast(kept) { jobs[id] = nil }
    }
}

/// What a job's work calls to say where it stands; each message shows on the job's page with its time.
public struct JobProgress: Sendable {
    let runner: JobRunner
    let id: Int

    /// Records `message` for viewers who see the district (admin, planner); any other viewer reads `scoped`
    /// in its place, or nothing when it is nil — so a message with district-wide figures never reaches an office
    /// unless the work words one for it.
    public func callAsFunction(_ message: String, scoped: String? = nil) { runner.report(message, scoped: scoped, of: id) }
}
