import LinliKit
import LinliModel

/// What the office pages need for the selected week and community: the filtered roster and the dataset.
struct OfficeRosterView {
    var week: ISOWeek
    var communityID: String
    var roster: CommunityRoster?
    var snapshot: DatasetCache.Snapshot

    /// Loads the selected week's roster of the selected community; nil when no week is published or the
    /// viewer has no community.
    static func load(_ page: PageRequest) throws -> OfficeRosterView? {
        guard let week = try page.selectedWeek(), let community = try page.selectedCommunity() else { return nil }
        return OfficeRosterView(
            week: week, communityID: community, roster: try page.workspace.communityRoster(week: week, communityID: community),
            snapshot: try page.dataset())
    }

    /// The picker and download data every office roster page shows above its table.
    func toolbar(_ page: PageRequest, csv: String) throws -> [String: Any] {
        let query = "week=\(week)" + (page.scope == .all ? "&community=\(communityID)" : "")
        let communities = try page.communityOptions(selected: communityID)
        return [
            "weeks": try page.weekOptions(selected: week),
            "communities": communities,
            "pickCommunity": !communities.isEmpty,
            "csv": "\(csv)?\(query)",
            "query": query,
            "community": snapshot.dataset.communities.first { $0.id == communityID }?.name ?? communityID,
            "published": roster != nil,
            "showCSV": roster != nil,
            "showPrint": true,
        ]
    }

    /// The download's file name, e.g. `roster-2026-W48-C001.csv`.
    func fileName(_ stem: String) -> String { "\(stem)-\(week)-\(communityID).csv" }
}
