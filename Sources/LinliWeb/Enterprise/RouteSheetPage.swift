import Hummingbird
import LinliKit
import LinliModel

/// `/enterprise/workers/{worker}/route`: a worker's printable route sheet of one day (`?day=`) or of the
/// week (`?week=`, default the latest published): order, times, household address and community, items,
/// minutes, prices and the travel between, from the `linli sheet` use case. A worker of another enterprise
/// is not found, exactly as one that does not exist. A week with no published roster is not found either, as its
/// route.csv: the page says so, naming the week, with status 404.
enum RouteSheetPage {
    struct Visit {
        var order: Int
        var start: String
        var end: String
        var address: String
        var community: String
        var item: String
        var minutes: Int
        var price: String
        var travel: String
    }

    struct SheetDayRow {
        var date: String
        var weekday: String
        var visits: [Visit]
        var minutes: Int
        var amount: String
        var home: String
    }

    struct Data {
        var workerName: String
        var workerID: String
        var enterpriseName: String
        var basePoint: String
        var period: String
        var days: [SheetDayRow]
        var empty: Bool
        var visits: Int
        var minutes: Int
        var amount: String
        var travel: String
        var csvHref: String
        var backHref: String
    }

    static func show(_ page: PageRequest) async throws -> Response {
        let (sheet, selection, week) = try load(page)
        guard let sheet else {
            var data: [String: Any] = ["none": true, "backHref": "/enterprise/workers" + selection.query]
            if let week { data["week"] = week.description }
            return try page.render("enterprise-route", title: "路线单 (route sheet)", data, status: .notFound)
        }
        let query = queryString(page, selection)
        guard case let .worker(id, name, enterprise, base) = sheet.heading else { throw ConsoleHTTPError.notFound }
        let days = sheet.days.map { d in
            SheetDayRow(date: d.date.description, weekday: weekdays[(d.date.weekday - 1) % 7], visits: d.visits.enumerated().map { i, v in
                Visit(order: i + 1, start: v.start.description, end: v.end.description, address: v.address ?? "", community: v.community,
                      item: v.itemName, minutes: v.minutes, price: v.price.description, travel: v.legBefore.map(leg) ?? "")
            }, minutes: d.serviceMinutes, amount: d.amount.description, home: d.legHome.map(leg) ?? "")
        }
        let data = Data(
            workerName: name, workerID: id, enterpriseName: enterprise.name, basePoint: base.name.isEmpty ? base.id : base.name,
            period: sheet.day.map { "\($0)" } ?? "\(sheet.week)", days: days, empty: days.isEmpty, visits: sheet.visitCount,
            minutes: sheet.serviceMinutes, amount: sheet.amount.description,
            travel: "\(Double(Int(sheet.travelMeters / 10)) / 100) km · \(sheet.travelMinutes) 分钟",
            csvHref: "/enterprise/workers/\(OrgDates.pathComponent(id))/route.csv" + query,
            backHref: "/enterprise/workers" + selection.query)
        return try page.render("enterprise-route", title: "路线单 (route sheet) · \(name)", data)
    }

    static func csv(_ page: PageRequest) async throws -> Response {
        guard let sheet = try load(page).sheet else { throw ConsoleHTTPError.notFound }
        let kept = sheet.csvHeader.indices.filter { !hiddenColumns.contains(sheet.csvHeader[$0]) }
        return CSVDownload.response(
            fileName: "route-\(page.parameter("worker") ?? "")-\(sheet.day.map { "\($0)" } ?? "\(sheet.week)").csv",
            header: kept.map { sheet.csvHeader[$0] }, rows: sheet.csvRows.map { row in kept.map { row[$0] } },
            numeric: RouteSheet.numericColumns)
    }

    /// The sheet the request asks for and its week; no sheet when the week has no published roster (no week when
    /// none is published at all).
    private static func load(_ page: PageRequest) throws -> (sheet: RouteSheet?, selection: EnterpriseSelection, week: ISOWeek?) {
        let selection = try EnterpriseSelection(page)
        guard let worker = page.parameter("worker") else { throw ConsoleHTTPError.notFound }
        let day = try page.query("day").flatMap { $0.isEmpty ? nil : try OrgDates.day(page, "day") }
        guard let week = try day.map({ ISOWeek(containing: $0) }) ?? page.selectedWeek() else { return (nil, selection, nil) }
        do {
            let sheet = try page.workspace.enterpriseSheet(
                SheetRequest(week: week, subject: .worker(worker), day: day), enterprise: selection.id)
            return (sheet, selection, week)
        } catch KitError.unknownWorker {
            throw ConsoleHTTPError.notFound
        } catch KitError.noRoster {
            return (nil, selection, week)
        }
    }

    private static func queryString(_ page: PageRequest, _ selection: EnterpriseSelection) -> String {
        var items: [String] = []
        if case .all = page.scope { items.append("enterprise=" + OrgDates.queryValue(selection.id)) }
        for name in ["week", "day"] { if let v = page.query(name), !v.isEmpty { items.append("\(name)=" + OrgDates.queryValue(v)) } }
        return items.isEmpty ? "" : "?" + items.joined(separator: "&")
    }

    private static func leg(_ leg: TravelLeg) -> String {
        "\(Double(Int(leg.meters / 10)) / 100) km · \(leg.minutes) 分"
    }

    /// The `linli sheet --csv` columns an enterprise does not get: households' and demands' ids are the
    /// community office's; the sheet names the household by address and community, as the page does.
    static let hiddenColumns: Set<String> = ["household_id", "demand_id"]

    static let weekdays = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
}
