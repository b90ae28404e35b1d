import Hummingbird
import LinliDataset
import LinliKit
import LinliModel

/// `/office/records`: the week's visits to the community's households with what was recorded (服务确认) and
/// the household's evaluation (评价); `/office/records/entry` records one visit, validated as a row of
/// service_records.csv.
enum OfficeRecordsPage {
    static let title = "服务记录 (records)"
    static let entryTitle = "记录服务 (record a visit)"
    /// The form's fields, named as the columns of service_records.csv.
    static let fields = DatasetFile.serviceRecords.columns

    static func show(_ page: PageRequest) async throws -> Response {
        let selection = try OfficeSelection.load(page)
        let visits = try page.workspace.communityVisits(community: selection.community, week: selection.week)
        let lookup = try page.dataset().lookup
        let query = selection.query(page)
        var data: [String: Any] = [
            "community": selection.communityName,
            "week": selection.week.description,
            "weeks": try page.weekOptions(selected: selection.week),
            "communities": try page.communityOptions(selected: selection.community),
            "pickCommunity": page.scope == .all,
            "query": query,
            "recorded": visits.count { $0.record != nil },
            "visits": visits.count,
            "hasRows": !visits.isEmpty,
            "showCSV": !visits.isEmpty,
            "csv": "/office/records.csv?\(query)",
            "showPrint": true,
            "rows": visits.map { v -> [String: Any] in
                let p = v.planned, r = v.record
                return [
                    "date": "\(p.date) \(OfficeRosterPage.weekdayName(p.date.weekday))",
                    "time": "\(p.start)–\(p.end)",
                    "worker": lookup.workers[p.workerID]?.name ?? p.workerID,
                    "household": v.householdID,
                    "historyHref": "/office/households/\(v.householdID)/history" + (page.scope == .all ? "?community=\(selection.community)" : ""),
                    "item": lookup.menuItem(enterpriseID: p.enterpriseID, itemCode: p.itemCode, on: p.date)?.name ?? p.itemCode,
                    "price": p.price.description,
                    "status": r.map { statusName($0.status) } ?? "",
                    "times": r?.started.map { "\($0)–\(r?.ended?.description ?? "")" } ?? "",
                    "charged": r?.price?.description ?? "",
                    "stars": r?.stars.map { String(repeating: "★", count: $0) } ?? "",
                    "complaint": r?.complaint.map(complaintName) ?? "",
                    "entryHref": "/office/records/entry?demand=\(p.demandID)&date=\(p.date)&\(query)",
                ]
            },
        ]
        // Only a demand of the page's own visits is named, so a link cannot put words of its own on the page.
        if let saved = page.query("saved"), visits.contains(where: { $0.planned.demandID == saved }) { data["saved"] = saved }
        return try page.render("office-records", title: title, data)
    }

    static func csv(_ page: PageRequest) async throws -> Response {
        let selection = try OfficeSelection.load(page)
        let visits = try page.workspace.communityVisits(community: selection.community, week: selection.week)
        return CSVDownload.response(
            fileName: "records-\(selection.week)-\(selection.community).csv", header: CommunityVisit.csvHeader,
            rows: visits.map(\.csvRow), numeric: CommunityVisit.numericColumns)
    }

    /// The form for one visit of the week's roster, filled with its record or else with the plan.
    static func entry(_ page: PageRequest) async throws -> Response {
        let selection = try OfficeSelection.load(page)
        let visit = try plannedVisit(page, selection, demand: page.query("demand"), date: page.query("date"))
        return try renderEntry(page, selection, visit, values: RecordEntry.values(of: visit))
    }

    /// Stores the posted record, or shows the form again with every problem by column (422); a worker who does
    /// not serve the community is 404, like any id outside the office's scope.
    static func record(_ page: PageRequest) async throws -> Response {
        let selection = try OfficeSelection.load(page)
        let visit = try plannedVisit(page, selection, demand: page.form.value("demand_id"), date: page.form.value("date"))
        let (values, tooLong) = RecordEntry.posted(page.form, fields: fields, visit: visit, today: page.console.configuration.today)
        guard tooLong.isEmpty else {
            return try renderEntry(page, selection, visit, values: values, diagnostics: tooLong, status: .unprocessableContent)
        }
        do {
            _ = try page.workspace.recordService(
                values, community: selection.community, today: page.console.configuration.today, now: page.console.configuration.timeOfDay)
            try page.audit(
                "record.add", RecordEntry.auditDetails(visit, values) + " stars \(values["stars"] ?? "") complaint \(values["complaint"] ?? "")")
            let week = selection.at(weekOf: visit.planned.date)
            return PageRequest.redirect(to: "/office/records?\(week.query(page))&saved=\(visit.planned.demandID)")
        } catch KitError.unknownWorker {
            throw ConsoleHTTPError.notFound
        } catch let error as DiagnosticsError {
            return try renderEntry(page, selection, visit, values: values, diagnostics: error.diagnostics, status: .unprocessableContent)
        }
    }

    /// The community's visit of the week's published roster named by `demand` and `date`; 404 for any other.
    static func plannedVisit(_ page: PageRequest, _ selection: OfficeSelection, demand: String?, date: String?) throws -> CommunityVisit {
        guard let demand, let day = date.flatMap({ Day(iso: $0) }),
              let visit = try page.workspace.communityVisits(community: selection.community, week: ISOWeek(containing: day))
                .first(where: { $0.visit == VisitKey(demandID: demand, date: day) })
        else { throw ConsoleHTTPError.notFound }
        return visit
    }

    static func renderEntry(
        _ page: PageRequest, _ selection: OfficeSelection, _ visit: CommunityVisit, values: [String: String],
        diagnostics: [Diagnostic] = [], status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let serving = try page.workspace.workersServing(community: selection.community, week: ISOWeek(containing: visit.planned.date))
        var data = try RecordEntry.data(page, visit, values: values, workers: serving, diagnostics: diagnostics)
        data["query"] = selection.at(weekOf: visit.planned.date).query(page)
        data["household"] = visit.householdID
        data["stars"] = [["value": "", "label": "无评价 (none)", "selected": (values["stars"] ?? "").isEmpty]]
            + (1...5).map { ["value": "\($0)", "label": String(repeating: "★", count: $0), "selected": "\($0)" == values["stars"]] }
        data["complaints"] = [["value": "", "label": "—", "selected": (values["complaint"] ?? "").isEmpty]]
            + Complaint.allCases.map { ["value": $0.rawValue, "label": complaintName($0), "selected": $0.rawValue == values["complaint"]] }
        return try page.render("office-record-entry", title: entryTitle, data, status: status)
    }

    static func statusName(_ status: ServiceStatus) -> String {
        switch status {
        case .done: "已完成 (done)"
        case .workerNoShow: "服务员未到 (worker_no_show)"
        case .householdCancelled: "住户取消 (household_cancelled)"
        case .householdAbsent: "住户不在家 (household_absent)"
        }
    }

    static func complaintName(_ complaint: Complaint) -> String {
        switch complaint {
        case .noComplaint: "无投诉 (none)"
        case .minor: "一般投诉 (minor)"
        case .serious: "严重投诉 (serious)"
        }
    }
}
