import LinliDataset
import LinliModel
import LinliStore

extension Workspace {
    /// The console's demand list: `community`'s households and their demands, selected in SQL.
    public func communityDemands(community: String) throws -> CommunityDemands {
        let database = try existingDatabase()
        return CommunityDemands(
            communityID: community, households: try database.households(community: community),
            demands: try database.demands(community: community))
    }

    /// An office's demands.csv upload: validated as `linli import` validates demands.csv, every row kept to
    /// `community`'s households (``ImportScope``), all or nothing. With `maxRows`, a file of more rows is refused
    /// before any row is read, and so is an upload that would leave the community more demands than that
    /// (``TotalRowLimit``).
    /// - Throws: `DiagnosticsError` listing every problem at its line; nothing is stored then.
    public func importDemands(_ bytes: [UInt8], community: String, maxRows: Int? = nil) throws -> ImportSummary {
        try importUpload(
            bytes, as: .demands, scope: .community(community), maxRows: maxRows,
            totalLimit: maxRows.map { TotalRowLimit(.community(community), limit: $0) })
    }

    /// The community of household `id`, or nil when there is no such household.
    public func community(ofHousehold id: String) throws -> String? {
        try existingDatabase().communityOf(household: id)
    }
}
