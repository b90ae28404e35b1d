import Hummingbird
import LinliDataset
import LinliKit
import LinliModel

/// `/office/roster`: the week's roster of the community's households, one table per day.
enum OfficeRosterPage {
    static let title = "本周排班 (roster)"

    static func show(_ page: PageRequest) async throws -> Response {
        guard let view = try OfficeRosterView.load(page) else {
            return try page.render("office-roster", title: title, ["nothing": true])
        }
        let lookup = view.snapshot.lookup
        var data = try view.toolbar(page, csv: "/office/roster.csv")
        let days = view.roster?.days ?? []
        data["days"] = days.map { day in
            [
                "date": "\(day.date) \(weekdayName(day.date.weekday))",
                "count": day.assignments.count,
                "rows": day.assignments.map { row($0, lookup) },
            ] as [String: Any]
        }
        data["visits"] = view.roster?.roster.assignments.count ?? 0
        data["unmet"] = view.roster?.roster.unmet.count ?? 0
        return try page.render("office-roster", title: title, data)
    }

    static func csv(_ page: PageRequest) async throws -> Response {
        guard let view = try OfficeRosterView.load(page), let roster = view.roster else { throw ConsoleHTTPError.notFound }
        return CSVDownload.response(
            fileName: view.fileName("roster"), header: RosterFiles.rosterColumns,
            rows: RosterFiles.rosterRows(roster.roster, dataset: view.snapshot.dataset), numeric: RosterFiles.numericColumns)
    }

    /// One table row: time, worker, household, address, item, minutes, price.
    static func row(_ a: Assignment, _ lookup: DatasetLookup) -> [String: Any] {
        let household = lookup.household(ofDemand: a.demandID)
        let priority = household?.priorityGroup
        return [
            "start": a.start.description, "end": a.end.description,
            "worker": lookup.workers[a.workerID]?.name ?? a.workerID,
            "enterprise": lookup.enterprises[a.enterpriseID]?.name ?? a.enterpriseID,
            "household": household?.id ?? "",
            "priority": priority.flatMap { $0 == PriorityGroup.none ? nil : $0.chineseName } ?? "",
            "address": household?.address ?? "",
            "item": lookup.menuItem(enterpriseID: a.enterpriseID, itemCode: a.itemCode, on: a.date)?.name ?? a.itemCode,
            "minutes": a.end.minutes - a.start.minutes,
            "price": a.price.description,
        ]
    }

    /// 周一 … 周日 for ISO weekday 1 … 7.
    static func weekdayName(_ weekday: Int) -> String {
        let names = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
        return (1...7).contains(weekday) ? names[weekday - 1] : ""
    }
}
