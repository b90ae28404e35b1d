import LinliModel

/// A worker with the state of the three papers a home visit needs — certificate (居家上门服务证),
/// health check (体检) and training (培训) — on one day, so an enterprise renews them in time.
/// How long each paper counts is `Worker+Papers`'s business; this only reads the last valid day.
public struct WorkerPapers: Hashable, Sendable {
    /// Which paper.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        case certificate
        case healthCheck = "health_check"
        case training
    }

    /// How a paper stands on the day looked at.
    public enum State: String, Hashable, Sendable {
        case valid
        /// Still valid, but for at most ``WorkerPapers/warningDays`` more days.
        case dueSoon = "due_soon"
        case expired
        /// No certificate at all.
        case missing
    }

    /// One paper's last valid day and state.
    public struct Paper: Hashable, Sendable {
        public var kind: Kind
        /// nil for a missing certificate.
        public var validUntil: Day?
        public var state: State
        /// Days from the day looked at to `validUntil` (negative once expired); nil when missing.
        public var daysLeft: Int?
    }

    /// A paper whose last valid day is at most this many days ahead is due soon.
    public static let warningDays = 30

    public var worker: Worker
    /// Certificate, health check, training, in that order.
    public var papers: [Paper]

    /// The worker's papers as they stand on `day`.
    public init(worker: Worker, on day: Day) {
        self.worker = worker
        papers = [
            Self.paper(.certificate, until: worker.certificateUntil, on: day),
            Self.paper(.healthCheck, until: worker.healthCheckValidUntil, on: day),
            Self.paper(.training, until: worker.trainingValidUntil, on: day),
        ]
    }

    /// Whether some paper is due soon, expired or missing.
    public var needsAttention: Bool { papers.contains { $0.state != .valid } }

    /// The paper of `kind`.
    public func paper(_ kind: Kind) -> Paper? { papers.first { $0.kind == kind } }

    private static func paper(_ kind: Kind, until: Day?, on day: Day) -> Paper {
        guard let until else { return Paper(kind: kind, validUntil: nil, state: .missing, daysLeft: nil) }
        let left = until.days(since: day)
        let state: State = left < 0 ? .expired : left <= warningDays ? .dueSoon : .valid
        return Paper(kind: kind, validUntil: until, state: state, daysLeft: left)
    }
}
