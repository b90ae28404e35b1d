/// What a run expects to be its week's published roster when it publishes: the check that keeps two runs of one
/// week from publishing over each other unseen (``AppDatabase/publish(_:pins:basedOn:replacing:createdAt:)``).
public enum PublishedExpectation: Hashable, Sendable {
    /// Whatever is published: the run replaces it (an administrator's `linli roster`).
    case anything
    /// No roster of the week is published (an office's first roster of a week).
    case nothing
    /// The run with this id is published (a replan replaces the roster it started from).
    case run(Int64)

    /// Whether the week's published run `published` (nil: none) is what was expected.
    public func holds(for published: Int64?) -> Bool {
        switch self {
        case .anything: true
        case .nothing: published == nil
        case let .run(id): published == id
        }
    }
}
