import Hummingbird
import LinliDataset
import LinliKit
import LinliModel

/// `/office/roster`: the week's roster of the community's households, one day at a time (`day=YYYY-MM-DD`, or
/// `day=all` for the whole week to print), with a tab per day.
///
/// The community's rows are loaded once per published run, and each day's table rendered once per (run,
/// dataset revision, community, day), both kept in the console's ``BoundedCache``s: a large district's
/// community has over a thousand visits a week, and loading and rendering them is what a page read would
/// otherwise spend its time on.
enum OfficeRosterPage {
    static let title = "本周排班 (roster)"
    /// The `day` value that selects the whole week.
    static let wholeWeek = "all"

    static func show(_ page: PageRequest) async throws -> Response {
        guard let view = try OfficeRosterView.locate(page) else {
            return try page.render("office-roster", title: title, ["nothing": true])
        }
        var data = try view.toolbar(page, csv: "/office/roster.csv")
        guard let runID = view.runID, let roster = try rows(page, view, runID: runID) else {
            data["published"] = false
            data["showCSV"] = false
            return try page.render("office-roster", title: title, data)
        }
        let byDay = Dictionary(grouping: roster.roster.assignments, by: \.date)
        let day = try selectedDay(page, view.week) ?? defaultDay(view.week, byDay, today: page.console.configuration.today)
        let query = view.query(page)
        data["tabs"] = view.week.days.map { date in
            [
                "href": "/office/roster?\(query)&day=\(date)",
                "label": "\(weekdayName(date.weekday)) \(date.civil.month)/\(date.civil.day)",
                "count": byDay[date]?.count ?? 0, "current": date == day,
            ] as [String: Any]
        } + [[
            "href": "/office/roster?\(query)&day=\(wholeWeek)", "label": "全周 (week)",
            "count": roster.roster.assignments.count, "current": day == nil,
        ]]
        let table = try table(page, view, roster, day: day)
        if !table.isEmpty { data["table"] = table }
        data["visits"] = roster.roster.assignments.count
        data["unmet"] = roster.roster.unmet.count
        return try page.render("office-roster", title: title, data)
    }

    static func csv(_ page: PageRequest) async throws -> Response {
        guard let view = try OfficeRosterView.load(page), let roster = view.roster else { throw ConsoleHTTPError.notFound }
        return CSVDownload.response(
            fileName: view.fileName("roster"), header: RosterFiles.rosterColumns,
            rows: RosterFiles.rosterRows(roster.roster, dataset: view.snapshot.dataset), numeric: RosterFiles.numericColumns)
    }

    /// The `day` query item: a day of `week`, nil for the whole week, or the page's default when absent.
    /// - Throws: 400 for a value that is neither `all` nor a day of the week.
    static func selectedDay(_ page: PageRequest, _ week: ISOWeek) throws -> Day?? {
        guard let text = page.query("day") else { return .none }
        if text == wholeWeek { return .some(nil) }
        guard let day = Day(iso: text), week.days.contains(day) else {
            throw ConsoleHTTPError(.badRequest, "日期应为本周的一天 (YYYY-MM-DD) 或 all：\(text)")
        }
        return .some(day)
    }

    /// The day the page opens on: `today` when it has visits, else the first day with visits, else Monday.
    static func defaultDay(_ week: ISOWeek, _ byDay: [Day: [Assignment]], today: Day) -> Day? {
        if byDay[today] != nil { return today }
        return week.days.first { byDay[$0] != nil } ?? week.monday
    }

    /// The rows of run `runID` concerning the community, from the cache when an earlier page loaded them.
    static func rows(_ page: PageRequest, _ view: OfficeRosterView, runID: Int64) throws -> CommunityRoster? {
        let key = "\(runID)|\(view.communityID)"
        if let hit = page.console.rosterRows.cached(key) { return hit }
        guard let roster = try page.workspace.communityRoster(runID: runID, communityID: view.communityID) else { return nil }
        return page.console.rosterRows.store(roster, for: key)
    }

    /// The tables of `day` (the whole week when nil), from the cache when an earlier page rendered them with
    /// the same run and dataset revision.
    static func table(_ page: PageRequest, _ view: OfficeRosterView, _ roster: CommunityRoster, day: Day?) throws -> String {
        let key = "\(roster.runID)|\(view.snapshot.revised.revision)|\(view.communityID)|\(day?.description ?? wholeWeek)"
        if let hit = page.console.rosterTables.cached(key) { return hit }
        let lookup = view.snapshot.lookup
        let html = try roster.days.filter { day == nil || $0.date == day }.map { date, rows in
            try page.console.renderer.fragment("office-roster-day", [
                "date": "\(date) \(weekdayName(date.weekday))", "count": rows.count, "rows": rows.map { row($0, lookup) },
            ] as [String: Any])
        }.joined(separator: "\n")
        return page.console.rosterTables.store(html, for: key)
    }

    /// One table row: time, worker, household, address, item, minutes, price.
    static func row(_ a: Assignment, _ lookup: DatasetLookup) -> [String: Any] {
        let household = lookup.household(ofDemand: a.demandID)
        var row: [String: Any] = [
            "start": a.start.description, "end": a.end.description,
            "worker": lookup.workers[a.workerID]?.name ?? a.workerID,
            "enterprise": lookup.enterprises[a.enterpriseID]?.name ?? a.enterpriseID,
            "household": household?.id ?? "",
            "address": household?.address ?? "",
            "item": lookup.menuItem(enterpriseID: a.enterpriseID, itemCode: a.itemCode, on: a.date)?.name ?? a.itemCode,
            "minutes": a.end.minutes - a.start.minutes,
            "price": a.price.description,
        ]
        if let group = household?.priorityGroup, group != PriorityGroup.none { row["priority"] = group.chineseName }
        return row
    }

    /// 周一 … 周日 for ISO weekday 1 … 7.
    static func weekdayName(_ weekday: Int) -> String {
        let names = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
        return (1...7).contains(weekday) ? names[weekday - 1] : ""
    }
}
