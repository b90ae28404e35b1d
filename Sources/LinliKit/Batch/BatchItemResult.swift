/// How one item of a batch ended.
public struct BatchItemResult: Hashable, Sendable {
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        /// Rostered and published by this batch.
        case rostered
        /// `--resume` found the week already published with the same options; the figures are the stored run's.
        case skipped
        /// The item stopped with an error; nothing was published for it.
        case failed
        /// Not run because an earlier week of its database failed (continuity would read a missing roster).
        case blocked
        /// Not finished: the batch was interrupted first.
        case pending

        /// Whether the item's week has a published roster made with the batch's options.
        public var isPublished: Bool { self == .rostered || self == .skipped }
    }

    public var entry: BatchPlan.Entry
    public var status: Status
    /// The published run's figures (rostered or skipped items).
    public var figures: BatchFigures?
    /// Wall-clock seconds this batch spent on the item, loading and publishing included.
    public var seconds: Double
    /// Why the item failed or was blocked.
    public var error: String?

    public init(entry: BatchPlan.Entry, status: Status, figures: BatchFigures? = nil, seconds: Double = 0, error: String? = nil) {
        self.entry = entry
        self.status = status
        self.figures = figures
        self.seconds = seconds
        self.error = error
    }

    public var item: BatchItem { entry.item }

    /// Whether this result says how the item ended (published or failed), so two reports can disagree on it.
    var isOutcome: Bool { status.isPublished || status == .failed }

    /// Whether two results of one item agree: both published with the same figures, or both failed.
    func agrees(with other: BatchItemResult) -> Bool {
        switch (figures, other.figures) {
        case let (a?, b?): a.sameOutcome(as: b)
        case (nil, nil): status == other.status
        default: false
        }
    }
}
