import Foundation

/// One piece of long work the console runs in the background (a roster or replan run, a batch), as the
/// job pages show it: what it is, who may see it, where it stands, and what it produced.
public struct BackgroundJob: Sendable {
    /// Where a job stands.
    public enum State: String, Sendable {
        case queued, running, done, failed
    }

    /// A progress message and when it came, in seconds after the job started.
    public struct Step: Sendable {
        public var seconds: Double
        /// The message as a viewer who sees the district reads it (it may carry district-wide figures, e.g.
        /// the visits and workers of the whole week being solved).
        public var message: String
        /// The message as any other viewer reads it, or nil when such a viewer does not see the step at all
        /// (``JobRunner/seen(_:by:)``).
        public var scopedMessage: String?
    }

    public var id: Int
    /// What the job does, in words (e.g. `重排 2026-W48，自 2026-11-25 起`).
    public var title: String
    /// The scope of the account that started it: a viewer sees the jobs of its own scope (admin: all).
    public var scope: ViewerScope
    /// The account that started it.
    public var startedBy: String
    public var submitted: Date
    public var state: State = .queued
    public var started: Date?
    public var finished: Date?
    /// Progress messages, oldest first.
    public var steps: [Step] = []
    /// What a finished job produced.
    public var outcome: JobOutcome?
    /// Why a failed job failed, in the user's words.
    public var failure: [String] = []

    /// Whether the job is still to finish (its page refreshes itself while so).
    public var isActive: Bool { state == .queued || state == .running }

    /// Seconds from start to finish, or to `now` while running.
    public func elapsed(now: Date = Date()) -> Double {
        guard let started else { return 0 }
        return (finished ?? now).timeIntervalSince(started)
    }
}

/// What a finished job produced: the lines of its summary, for a roster job the stored run, and the page
/// that shows the result (e.g. a replan's changes for the community).
public struct JobOutcome: Sendable {
    /// The whole summary, district-wide figures included: what a viewer who sees the district reads
    /// (``ViewerScope/seesDistrict``).
    public var lines: [String]
    /// The summary kept to the scope that started the job (e.g. one community's unmet visits): what any other
    /// viewer reads instead of ``lines`` (``JobRunner/job(_:visibleTo:)``).
    public var scopedLines: [String]
    public var runID: Int64?
    /// Where to see the result, and the link's words.
    public var link: String?
    public var linkLabel: String?

    public init(lines: [String], scopedLines: [String] = [], runID: Int64? = nil, link: String? = nil, linkLabel: String? = nil) {
        self.lines = lines
        self.scopedLines = scopedLines
        self.runID = runID
        self.link = link
        self.linkLabel = linkLabel
    }
}
