import Foundation
import LinliModel

/// The community (and week) an office page works on, with the query that keeps them on its links and forms.
///
/// An office works on its own community; an admin on the `community` query item (checked by ``AccessPolicy``
/// as declared on the route), else the first community. The week is the `week` query item, else the last
/// published week, else the week of today.
struct OfficeSelection {
    var community: String
    var communityName: String
    var week: ISOWeek

    /// Loads the selection of `page`.
    /// - Throws: 404 when the viewer has no community to work on.
    static func load(_ page: PageRequest) throws -> OfficeSelection {
        guard let community = try page.selectedCommunity() else { throw ConsoleHTTPError.notFound }
        let name = try page.dataset().dataset.communities.first { $0.id == community }?.name ?? community
        return OfficeSelection(
            community: community, communityName: name, week: try page.selectedWeek() ?? ISOWeek(containing: page.console.configuration.today))
    }

    /// This selection at the week of `day`: a visit's form and the list it returns to show the visit's own week,
    /// whatever week the link that opened it named.
    func at(weekOf day: Day) -> OfficeSelection {
        var selection = self
        selection.week = ISOWeek(containing: day)
        return selection
    }

    /// `week=…`, and `&community=…` for an admin: what links and form actions carry to stay on this selection.
    func query(_ page: PageRequest) -> String {
        "week=\(week)" + (page.scope == .all ? "&community=\(community)" : "")
    }

    /// The days of the week from `first` on (every day when nil) as picker options (`2026-11-25 周三`), `selected` marked.
    func dayOptions(selected: Day?, from first: Day? = nil) -> [Option] {
        week.days.filter { day in first.map { day >= $0 } ?? true }.map { Option(value: $0.description, label: "\($0) \(OfficeRosterPage.weekdayName($0.weekday))", selected: $0 == selected) }
    }
}
