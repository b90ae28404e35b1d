import LinliModel
import LinliStore

extension Workspace {
    /// The weeks that have a published roster, in order.
    public func publishedWeeks() throws -> [ISOWeek] {
        try existingDatabase().publishedWeeks()
    }

    /// The published roster of `week` restricted, in the database query, to households of `communityID`
    /// (the whole district when nil); nil when the week has no published roster.
    public func communityRoster(week: ISOWeek, communityID: String?) throws -> CommunityRoster? {
        let database = try existingDatabase()
        let found = if let communityID {
            try database.publishedRun(week: week, communityID: communityID)
        } else {
            try database.publishedRun(week: week)
        }
        return found.map { CommunityRoster(week: week, runID: $0.runID, communityID: communityID, roster: $0.roster) }
    }
}
