import Hummingbird
import LinliDataset
import LinliKit
import LinliModel

/// `/office/unmet`: the community's visits the week's roster left out, with the reason and what would fix it,
/// ``pageSize`` at a time (`?page=`); the figures count them all.
enum OfficeUnmetPage {
    static let title = "未排班的服务 (unmet visits)"
    /// The visits on one page.
    static let pageSize = 200

    static func show(_ page: PageRequest) async throws -> Response {
        guard let view = try OfficeRosterView.load(page) else {
            return try page.render("office-unmet", title: title, ["nothing": true])
        }
        let lookup = view.snapshot.lookup
        let advice = UnmetAdvice(view.snapshot.dataset)
        var data = try view.toolbar(page, csv: "/office/unmet.csv")
        let unmet = (view.roster?.roster.unmet ?? []).sorted { ($0.date, $0.demandID) < ($1.date, $1.demandID) }
        let window = PageWindow(requested: page.query("page"), total: unmet.count, size: pageSize)
        data["rows"] = unmet[window.range].map { visit -> [String: Any] in
            let demand = lookup.demands[visit.demandID]
            let household = lookup.household(ofDemand: visit.demandID)
            return [
                "date": "\(visit.date) \(OfficeRosterPage.weekdayName(visit.date.weekday))",
                "household": household?.id ?? "",
                "address": household?.address ?? "",
                "category": demand?.category.chineseName ?? "",
                "minutes": demand?.minutes ?? 0,
                "code": visit.reason.rawValue,
                "reason": UnmetAdvice.name(of: visit.reason),
                "hint": advice.hint(for: visit),
            ]
        }
        data["pager"] = window.pager(linkingTo: "/office/unmet?\(view.query(page))")
        data["count"] = unmet.count
        data["hasRows"] = !unmet.isEmpty
        data["byReason"] = UnmetReason.allCases.compactMap { reason -> [String: Any]? in
            let n = unmet.filter { $0.reason == reason }.count
            return n == 0 ? nil : ["code": reason.rawValue, "reason": UnmetAdvice.name(of: reason), "count": n]
        }
        return try page.render("office-unmet", title: title, data)
    }

    static func csv(_ page: PageRequest) async throws -> Response {
        guard let view = try OfficeRosterView.load(page), let roster = view.roster else { throw ConsoleHTTPError.notFound }
        return CSVDownload.response(
            fileName: view.fileName("unmet"), header: RosterFiles.unmetColumns,
            rows: RosterFiles.unmetRows(roster.roster, dataset: view.snapshot.dataset), numeric: RosterFiles.numericColumns)
    }
}
