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

    /// The id of the run published for `week`; nil when the week has none. One small query: pages ask it
    /// first and load rows only when what they rendered from an earlier run no longer applies.
    public func publishedRunID(week: ISOWeek) throws -> Int64? {
        try existingDatabase().publishedRunID(week: week)
    }

    /// The rows of run `runID` concerning households of `communityID` (filtered in the query); nil when the
    /// run no longer exists.
    public func communityRoster(runID: Int64, communityID: String) throws -> CommunityRoster? {
        try existingDatabase().run(runID, communityID: communityID).map {
            CommunityRoster(week: $0.week, runID: runID, communityID: communityID, roster: $0)
        }
    }
}
