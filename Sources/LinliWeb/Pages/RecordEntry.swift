import Hummingbird
import LinliDataset
import LinliKit
import LinliModel

/// The service-record form (服务确认) that the office's and the enterprise's pages share: the values it shows for
/// a visit, the values a post gives, and the parts every entry page has. Each page adds what is its own: the
/// workers it may name, the household's evaluation (the office's only), where the form posts.
enum RecordEntry {
    /// The form's values for `visit`: its record's, or the plan's (times, price, worker) when none is stored.
    static func values(of visit: CommunityVisit) -> [String: String] {
        let r = visit.record, p = visit.planned
        return [
            "demand_id": p.demandID, "date": p.date.description, "worker_id": r?.workerID ?? p.workerID,
            "status": r?.status.rawValue ?? ServiceStatus.done.rawValue,
            "started": (r == nil ? p.start : r?.started)?.description ?? "", "ended": (r == nil ? p.end : r?.ended)?.description ?? "",
            "price": (r == nil ? p.price : r?.price)?.description ?? "", "stars": r?.stars.map(String.init) ?? "",
            "complaint": r?.complaint?.rawValue ?? "", "note": r?.note ?? "",
        ]
    }

    /// The posted values of `fields`, trimmed, keyed to `visit`, with the problems of those too long to check.
    ///
    /// A value of more scalars than any field may hold is refused before anything else and shown again cut (the
    /// values returned are cut then): a note of megabytes once took seconds to check and came back whole. The form
    /// comes filled with the plan's times and price, which a cancellation ahead of the visit (after `today`) has
    /// not: they are dropped.
    static func posted(_ form: FormData, fields: [String], visit: CommunityVisit, today: Day) -> (values: [String: String], tooLong: [Diagnostic]) {
        var values = Dictionary(uniqueKeysWithValues: fields.map { ($0, form.value($0)?.trimmingCharacters(in: .whitespaces) ?? "") })
        values["demand_id"] = visit.planned.demandID
        values["date"] = visit.planned.date.description
        let tooLong = fields.filter { (values[$0] ?? "").unicodeScalars.count > Limits.textScalars }
        guard tooLong.isEmpty else {
            let cut = values.mapValues { String(String.UnicodeScalarView($0.unicodeScalars.prefix(Limits.textScalars))) }
            return (cut, tooLong.map {
                .error(
                    file: DatasetFile.serviceRecords.rawValue, line: 2, column: $0,
                    "too long: a value holds at most \(Limits.textCharacters) characters")
            })
        }
        if visit.planned.date > today, values["status"] == ServiceStatus.householdCancelled.rawValue {
            for column in ["started", "ended", "price"] { values[column] = "" }
        }
        return (values, [])
    }

    /// The audit row's details of a stored record.
    static func auditDetails(_ visit: CommunityVisit, _ values: [String: String]) -> String {
        "\(visit.planned.demandID) \(visit.planned.date) worker \(values["worker_id"] ?? "") \(values["status"] ?? "")"
    }

    /// What every entry page shows: the visit, the plan, the form's values, workers (`workers` may be named,
    /// the one in the values selected), statuses and the problems of a refused post.
    static func data(
        _ page: PageRequest, _ visit: CommunityVisit, values: [String: String], workers: [(id: String, name: String)],
        diagnostics: [Diagnostic]
    ) throws -> [String: Any] {
        let lookup = try page.dataset().lookup
        let p = visit.planned
        let problems = diagnostics.filter { $0.severity == .error }
        return [
            "csrf": page.session.csrfToken,
            "date": "\(p.date) \(OfficeRosterPage.weekdayName(p.date.weekday))",
            "planned": "\(lookup.workers[p.workerID]?.name ?? p.workerID) \(p.start)–\(p.end) · "
                + (lookup.menuItem(enterpriseID: p.enterpriseID, itemCode: p.itemCode, on: p.date)?.name ?? p.itemCode)
                + " · ¥\(p.price)",
            "address": lookup.household(ofDemand: p.demandID)?.address ?? "",
            "values": values,
            "workers": workers.map { ["id": $0.id, "name": $0.name, "selected": $0.id == values["worker_id"]] },
            "statuses": ServiceStatus.allCases.map {
                ["value": $0.rawValue, "label": OfficeRecordsPage.statusName($0), "selected": $0.rawValue == values["status"]]
            },
            "problems": problems.map { ["column": $0.column, "message": $0.message] },
            "hasProblems": !problems.isEmpty,
        ]
    }
}
