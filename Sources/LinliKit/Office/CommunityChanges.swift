import LinliDataset
import LinliModel

/// What a replan run changed for one community's households: the rows of changes.csv whose demand is
/// one of the community's.
public struct CommunityChanges: Hashable, Sendable {
    /// The replan run and the run it replaced.
    public var runID: Int64
    public var replacedRunID: Int64
    /// The first date the replan rebuilt.
    public var from: Day
    /// By visit.
    public var changes: [RosterChange]

    public init(runID: Int64, replacedRunID: Int64, from: Day, changes: [RosterChange]) {
        self.runID = runID
        self.replacedRunID = replacedRunID
        self.from = from
        self.changes = changes
    }

    /// How many changes of each kind, in ``RosterChangeKind`` order, zeros included.
    public var counts: [(kind: RosterChangeKind, count: Int)] {
        RosterChangeKind.allCases.map { kind in (kind, changes.count { $0.kind == kind }) }
    }

    /// The rows of changes.csv, as `linli export roster` writes them (columns `RosterFiles.changeColumns`).
    public var csvRows: [[String]] { changes.map(RosterFiles.changeRow) }
}
