import LinliKit
import LinliModel

/// What the office pages need for the selected week and community: the published run, the filtered roster
/// and the dataset.
struct OfficeRosterView {
    var week: ISOWeek
    var communityID: String
    /// The run published for the week; nil when none is.
    var runID: Int64?
    /// The run's rows of the community: loaded by ``load(_:)``, not by ``locate(_:)``.
    var roster: CommunityRoster?
    var snapshot: DatasetCache.Snapshot

    /// The selected week, community and published run, without loading any row; nil when no week is
    /// published or the viewer has no community.
    static func locate(_ page: PageRequest) throws -> OfficeRosterView? {
        guard let week = try page.selectedWeek(), let community = try page.selectedCommunity() else { return nil }
        return OfficeRosterView(
            week: week, communityID: community, runID: try page.workspace.publishedRunID(week: week), roster: nil,
            snapshot: try page.dataset())
    }

    /// The selected week's roster of the selected community; nil when no week is published or the viewer has
    /// no community.
    static func load(_ page: PageRequest) throws -> OfficeRosterView? {
        guard let week = try page.selectedWeek(), let community = try page.selectedCommunity() else { return nil }
        let roster = try page.workspace.communityRoster(week: week, communityID: community)
        return OfficeRosterView(week: week, communityID: community, runID: roster?.runID, roster: roster, snapshot: try page.dataset())
    }

    /// The picker and download data every office roster page shows above its table.
    func toolbar(_ page: PageRequest, csv: String) throws -> [String: Any] {
        let communities = try page.communityOptions(selected: communityID)
        return [
            "weeks": try page.weekOptions(selected: week),
            "communities": communities,
            "pickCommunity": !communities.isEmpty,
            "csv": "\(csv)?\(query(page))",
            "query": query(page),
            "community": snapshot.lookup.communities[communityID]?.name ?? communityID,
            "published": runID != nil,
            "showCSV": runID != nil,
            "showPrint": true,
        ]
    }

    /// `week=…`, and `&community=…` for an admin: what links carry to stay on this selection.
    func query(_ page: PageRequest) -> String {
        "week=\(week)" + (page.scope == .all ? "&community=\(communityID)" : "")
    }

    /// The download's file name, e.g. `roster-2026-W48-C001.csv`.
    func fileName(_ stem: String) -> String { "\(stem)-\(week)-\(communityID).csv" }
}
