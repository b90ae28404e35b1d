import LinliModel
import LinliStore

extension Workspace {
    /// What replan run `runID` changed for `community`'s households, against the run it replaced; nil when
    /// the run is no replan or is not stored.
    /// - Complexity: O(n log n) for n rows of both rosters.
    public func changes(runID: Int64, community: String) throws -> CommunityChanges? {
        let database = try existingDatabase()
        guard let roster = try database.roster(runID: runID), let replan = roster.summary.replan,
              let replaced = try database.roster(runID: replan.replacedRunID)
        else { return nil }
        let demands = Set(try database.demands(community: community).map(\.id))
        let changes = RosterChange.compare(before: replaced, after: roster, from: replan.from)
            .filter { demands.contains($0.visit.demandID) }
        return CommunityChanges(runID: runID, replacedRunID: replan.replacedRunID, from: replan.from, changes: changes)
    }
}
