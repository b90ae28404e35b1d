/// What a replan run starts from: the replan date and the published roster it replaces.
///
/// Rows of the replaced roster dated before `from` are history, copied unchanged; its unmet visits dated
/// before `from` keep their reasons; from `from` on the roster is rebuilt, and each visit kept with the
/// same worker at the same start earns ``ScoreBreakdown/stabilityBonus``.
public struct ReplanBasis: Hashable, Sendable {
    public var from: Day
    public var replaced: Roster
    public var replacedRunID: Int64

    public init(from: Day, replaced: Roster, replacedRunID: Int64) {
        self.from = from
        self.replaced = replaced
        self.replacedRunID = replacedRunID
    }

    /// Rows of the replaced roster dated before `from`, in its order.
    public var frozenRows: [Assignment] { replaced.assignments.filter { $0.date < from } }

    /// Unmet visits of the replaced roster dated before `from`.
    public var frozenUnmet: [UnmetVisit] { replaced.unmet.filter { $0.date < from } }

    /// Rows of the replaced roster dated on or after `from`: what stability compares with.
    public var previousRows: [Assignment] { replaced.assignments.filter { $0.date >= from } }
}
