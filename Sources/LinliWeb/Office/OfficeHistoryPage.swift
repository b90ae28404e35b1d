import Hummingbird
import LinliKit
import LinliModel

/// `/office/households/{household}/history` (服务记录查询): every planned and recorded visit of one of the
/// community's households, newest first, printable, with its CSV (as `linli history --csv` writes it).
enum OfficeHistoryPage {
    static func show(_ page: PageRequest) async throws -> Response {
        let (household, history) = try load(page)
        let lookup = try page.dataset().lookup
        let workerName = { (id: String) in lookup.workers[id]?.name ?? id }
        let community = lookup.communities[household.communityID]?.name ?? household.communityID
        var data: [String: Any] = [
            "household": household.id,
            "address": household.address ?? "",
            "community": community,
            "csv": "/office/households/\(household.id)/history.csv",
            "count": history.entries.count,
            "hasRows": !history.entries.isEmpty,
            "rows": history.entries.map { e -> [String: Any] in
                let p = e.planned, r = e.record
                return [
                    "date": "\(e.visit.date) \(OfficeRosterPage.weekdayName(e.visit.date.weekday))",
                    "demand": e.visit.demandID,
                    "planned": p.map { "\(workerName($0.workerID)) \($0.start)–\($0.end)" } ?? "",
                    "item": p.map { lookup.menuItem(enterpriseID: $0.enterpriseID, itemCode: $0.itemCode, on: $0.date)?.name ?? $0.itemCode } ?? "",
                    "price": p?.price.description ?? "",
                    "status": r.map { OfficeRecordsPage.statusName($0.status) } ?? "未记录 (not recorded)",
                    "worker": r.map { workerName($0.workerID) } ?? "",
                    "times": r?.started.map { "\($0)–\(r?.ended?.description ?? "")" } ?? "",
                    "charged": r?.price?.description ?? "",
                    "stars": r?.stars.map { String(repeating: "★", count: $0) } ?? "",
                    "complaint": r?.complaint.map(OfficeRecordsPage.complaintName) ?? "",
                    "note": r?.note ?? "",
                    "rating": e.workerRating.map { String(format: "%.2f", $0.value) } ?? "",
                ]
            },
        ]
        if household.priorityGroup != .none { data["priority"] = household.priorityGroup.chineseName }
        return try page.render("office-history", title: "住户 \(household.id) 的服务记录 (history)", data)
    }

    static func csv(_ page: PageRequest) async throws -> Response {
        let (household, history) = try load(page)
        return CSVDownload.response(
            fileName: "history-\(household.id).csv", header: ServiceHistory.csvHeader, rows: history.csvRows,
            numeric: ServiceHistory.numericColumns)
    }

    /// The household of the path (checked by ``AccessPolicy`` to be in the viewer's scope) and its history,
    /// read for the household's own community (an office's: its own).
    static func load(_ page: PageRequest) throws -> (Household, ServiceHistory) {
        guard let id = page.parameter("household"),
              let household = try page.dataset().dataset.households.first(where: { $0.id == id })
        else { throw ConsoleHTTPError.notFound }
        let community: String
        switch page.scope {
        case let .community(own): community = own
        case .all: community = household.communityID
        case .enterprise, .aggregates, .nothing: throw ConsoleHTTPError.notFound
        }
        do {
            return (household, try page.workspace.history(ofHousehold: id, community: community))
        } catch KitError.unknownHousehold {
            throw ConsoleHTTPError.notFound
        }
    }
}
