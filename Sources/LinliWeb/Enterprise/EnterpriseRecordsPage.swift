import Hummingbird
import LinliDataset
import LinliKit
import LinliModel

/// `/enterprise/records`: the week's visits of the enterprise's workers on the published roster with what was
/// recorded (服务确认); `/enterprise/records/entry` confirms one visit — status, times, price charged and a
/// note — validated as a row of service_records.csv. The household's evaluation (stars, complaint) is shown
/// but is the office's to record: an enterprise cannot rate its own workers. Households are shown by address, as on
/// the route sheets: an enterprise sees no household ids.
enum EnterpriseRecordsPage {
    static let title = "服务确认 (records)"
    static let entryTitle = "确认服务 (confirm a visit)"
    /// The form's fields: the columns of service_records.csv but the household's evaluation.
    static let fields = DatasetFile.serviceRecords.columns.filter { $0 != "stars" && $0 != "complaint" }

    static func show(_ page: PageRequest) async throws -> Response {
        let selection = try EnterpriseSelection(page)
        guard let week = try page.selectedWeek() else {
            return try page.render("enterprise-records", title: title, ["enterprise": selection, "noWeek": true])
        }
        let visits = try page.workspace.enterpriseVisits(enterprise: selection.id, week: week)
        let lookup = try page.dataset().lookup
        let query = queryString(page, selection, week: week)
        var data: [String: Any] = [
            "enterprise": selection,
            "adminEnterprise": page.scope == .all ? selection.id : "",
            "week": week.description,
            "weeks": try page.weekOptions(selected: week),
            "recorded": visits.count { $0.record != nil },
            "visits": visits.count,
            "hasRows": !visits.isEmpty,
            "csv": "/enterprise/records.csv?\(query)",
            "rows": visits.map { v -> [String: Any] in
                let p = v.planned, r = v.record
                let household = lookup.households[v.householdID]
                return [
                    "date": "\(p.date) \(OfficeRosterPage.weekdayName(p.date.weekday))",
                    "time": "\(p.start)–\(p.end)",
                    "worker": lookup.workers[p.workerID]?.name ?? p.workerID,
                    "community": household.flatMap { lookup.community(of: $0)?.name } ?? "",
                    "address": household?.address ?? "",
                    "item": lookup.menuItem(enterpriseID: p.enterpriseID, itemCode: p.itemCode, on: p.date)?.name ?? p.itemCode,
                    "price": p.price.description,
                    "status": r.map { OfficeRecordsPage.statusName($0.status) } ?? "",
                    "times": r?.started.map { "\($0)–\(r?.ended?.description ?? "")" } ?? "",
                    "charged": r?.price?.description ?? "",
                    "stars": r?.stars.map { String(repeating: "★", count: $0) } ?? "",
                    "complaint": r?.complaint.map(OfficeRecordsPage.complaintName) ?? "",
                    "entryHref": "/enterprise/records/entry?demand=\(OrgDates.queryValue(p.demandID))&date=\(p.date)&\(query)",
                ]
            },
        ]
        // Only a demand of the page's own visits is named, so a link cannot put words of its own on the page.
        if let saved = page.query("saved"), visits.contains(where: { $0.planned.demandID == saved }) { data["saved"] = saved }
        return try page.render("enterprise-records", title: title, data)
    }

    static func csv(_ page: PageRequest) async throws -> Response {
        let selection = try EnterpriseSelection(page)
        guard let week = try page.selectedWeek() else { throw ConsoleHTTPError.notFound }
        let visits = try page.workspace.enterpriseVisits(enterprise: selection.id, week: week)
        // The office's columns but the household id, which an enterprise does not see (its route sheets give
        // addresses); a substitute of another enterprise that an office recorded is not named either.
        let header = CommunityVisit.csvHeader
        let kept = header.indices.filter { header[$0] != "household_id" }
        let own = Set(try page.workspace.workerNames(enterprise: selection.id).map(\.id))
        let rows = visits.map { visit in
            let row = visit.csvRow
            return kept.map { i in header[i] == "recorded_worker_id" && !own.contains(row[i]) ? "" : row[i] }
        }
        return CSVDownload.response(
            fileName: "records-\(week)-\(selection.id).csv", header: kept.map { header[$0] }, rows: rows,
            numeric: CommunityVisit.numericColumns)
    }

    /// The form for one visit, filled with its record or else with the plan.
    static func entry(_ page: PageRequest) async throws -> Response {
        let selection = try EnterpriseSelection(page)
        let visit = try plannedVisit(page, selection, demand: page.query("demand"), date: page.query("date"))
        return try renderEntry(page, selection, visit, values: RecordEntry.values(of: visit))
    }

    /// Stores the posted record, or shows the form again with every problem by column (422); a visit or a worker
    /// that is not the enterprise's is 404, like any id outside its scope.
    static func record(_ page: PageRequest) async throws -> Response {
        let selection = try EnterpriseSelection(page)
        let visit = try plannedVisit(page, selection, demand: page.form.value("demand_id"), date: page.form.value("date"))
        let (values, tooLong) = RecordEntry.posted(page.form, fields: fields, visit: visit, today: page.console.configuration.today)
        guard tooLong.isEmpty else {
            return try renderEntry(page, selection, visit, values: values, diagnostics: tooLong, status: .unprocessableContent)
        }
        do {
            _ = try page.workspace.recordService(
                values, enterprise: selection.id, today: page.console.configuration.today, now: page.console.configuration.timeOfDay)
            try page.audit("record.add", RecordEntry.auditDetails(visit, values) + " by enterprise \(selection.id)")
            let week = ISOWeek(containing: visit.planned.date)
            return PageRequest.redirect(
                to: "/enterprise/records?\(queryString(page, selection, week: week))&saved=\(OrgDates.queryValue(visit.planned.demandID))")
        } catch KitError.unknownWorker {
            throw ConsoleHTTPError.notFound
        } catch let error as DiagnosticsError {
            return try renderEntry(page, selection, visit, values: values, diagnostics: error.diagnostics, status: .unprocessableContent)
        }
    }

    /// The enterprise's visit of its week's published roster named by `demand` and `date`; 404 for any other.
    static func plannedVisit(_ page: PageRequest, _ selection: EnterpriseSelection, demand: String?, date: String?) throws -> CommunityVisit {
        guard let demand, let day = date.flatMap({ Day(iso: $0) }),
              let visit = try page.workspace.enterpriseVisits(enterprise: selection.id, week: ISOWeek(containing: day))
                .first(where: { $0.visit == VisitKey(demandID: demand, date: day) })
        else { throw ConsoleHTTPError.notFound }
        return visit
    }

    static func renderEntry(
        _ page: PageRequest, _ selection: EnterpriseSelection, _ visit: CommunityVisit, values: [String: String],
        diagnostics: [Diagnostic] = [], status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let workers = try page.workspace.workerNames(enterprise: selection.id)
        var data = try RecordEntry.data(page, visit, values: values, workers: workers, diagnostics: diagnostics)
        data["query"] = queryString(page, selection, week: ISOWeek(containing: visit.planned.date))
        let r = visit.record
        data["evaluation"] = [r?.stars.map { String(repeating: "★", count: $0) }, r?.complaint.map(OfficeRecordsPage.complaintName)]
            .compactMap { $0 }.joined(separator: " · ")
        return try page.render("enterprise-record-entry", title: entryTitle, data, status: status)
    }

    /// `week=…`, and `enterprise=…` for an admin.
    static func queryString(_ page: PageRequest, _ selection: EnterpriseSelection, week: ISOWeek) -> String {
        (page.scope == .all ? "enterprise=\(OrgDates.queryValue(selection.id))&" : "") + "week=\(week)"
    }
}
