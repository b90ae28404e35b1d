import GRDB

/// A row of `published_rosters`: which run is the visible roster of a week.
struct PublishedRosterRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "published_rosters"

    var week: String
    var runID: Int64

    enum CodingKeys: String, CodingKey {
        case week, runID = "run_id"
    }

    enum Columns {
        static let week = Column(CodingKeys.week)
        static let runID = Column(CodingKeys.runID)
    }
}
