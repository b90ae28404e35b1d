import Hummingbird
import LinliDataset
import LinliKit
import LinliModel

/// `/office/absences`: the absences of the workers serving the community this week, the sick call (工人请假)
/// that records an absence and replans the week from its first day in the background, and the plain
/// roster and replan buttons.
enum OfficeAbsencesPage {
    static let title = "请假与重排 (absences)"

    static func show(_ page: PageRequest) async throws -> Response {
        try render(page, try OfficeSelection.load(page))
    }

    static func csv(_ page: PageRequest) async throws -> Response {
        let selection = try OfficeSelection.load(page)
        let absences = try page.workspace.absences(community: selection.community, week: selection.week)
        return CSVDownload.response(
            fileName: "absences-\(selection.week)-\(selection.community).csv", header: DatasetFile.absences.columns,
            rows: DatasetWriter.rows(of: .absences, in: Dataset(absences: absences)), numeric: DatasetFile.absences.numericColumns)
    }

    /// The sick call: stores the absence, then replans the week from its first day (or rosters it, when none is
    /// published yet) as a background job and sends the browser to the job's page.
    static func sickCall(_ page: PageRequest) async throws -> Response {
        let selection = try OfficeSelection.load(page)
        let worker = page.form.value("worker") ?? ""
        guard var from = page.form.value("from").flatMap({ Day(iso: $0) }),
              let until = page.form.value("until").flatMap({ Day(iso: $0) })
        else { return try render(page, selection, message: "请填写请假的起止日期 (from, until)，格式 2026-11-25。", status: .unprocessableContent) }
        // An office records absences from today on: a past day's rosters, of every community the worker serves, are
        // history, and an absence on them would make their visits break rule 14 after the fact.
        if let first = OfficeRosterRule.firstReplanDay(page), from < first, from <= until {
            guard until >= first else {
                return try render(
                    page, selection, message: "\(from) 至 \(until) 已经过去：社区只能记录今天 \(first) 起的请假，过去的上门请在服务记录里登记 (a past absence)。",
                    status: .unprocessableContent)
            }
            from = first
        }
        let absence = Absence(workerID: worker, from: from, until: until, reason: .sick)
        let published = try page.workspace.publishedWeeks().contains(selection.week)
        if !published, let refusal = try OfficeRosterRule.refusal(page, selection) {
            return try render(page, selection, message: refusal, status: .unprocessableContent)
        }
        let place: JobRunner.Reservation
        do {
            // The replan's place in the queue is held before the absence is stored: a refused job would leave
            // the sick call half done (and a roster published meanwhile turns the job into a replan, ``start``).
            place = try page.console.jobs.reserve(for: page.scope)
        } catch let refusal as JobRunner.Refusal {
            return try busy(page, selection, refusal)
        }
        defer { page.console.jobs.release(place) }
        do {
            try page.workspace.addAbsence(absence, community: selection.community, week: selection.week)
        } catch KitError.unknownWorker {
            throw ConsoleHTTPError.notFound
        } catch let error as KitError {
            return try render(page, selection, message: "\(error)", status: .unprocessableContent)
        }
        try page.audit("absence.add", absence.line)
        let week = selection.week
        guard absence.from <= week.days[6], absence.until >= week.monday else {
            return try render(page, selection, notice: "已记录请假 \(absence.line)；它不在 \(week)，本周排班不变。")
        }
        // An office's replan starts today at the earliest: the absence's past days are history.
        let replanFrom = [absence.from, week.monday, OfficeRosterRule.firstReplanDay(page)].compactMap { $0 }.max()!
        if published, replanFrom > absence.until || replanFrom > week.days[6] {
            return try render(page, selection, notice: "已记录请假 \(absence.line)；这些日子已经过去，本周排班不变 (past days are not replanned)。")
        }
        return try start(
            page, selection, replanFrom: published ? replanFrom : nil, cause: "\(worker) 请假", holding: place,
            replanningIfPublished: replanFrom <= absence.until && replanFrom <= week.days[6] ? replanFrom : nil)
    }

    /// The roster button (`mode=roster`) or the replan button (`mode=replan` with `from`).
    static func roster(_ page: PageRequest) async throws -> Response {
        let selection = try OfficeSelection.load(page)
        switch page.form.value("mode") {
        case "roster":
            if let refusal = try OfficeRosterRule.refusal(page, selection) {
                return try render(page, selection, message: refusal, status: .unprocessableContent)
            }
            return try start(page, selection, replanFrom: nil, cause: nil)
        case "replan": break
        default: return try render(page, selection, message: "请选择排班或重排 (mode)。", status: .unprocessableContent)
        }
        guard let from = page.form.value("from").flatMap({ Day(iso: $0) }), selection.week.contains(from) else {
            return try render(page, selection, message: "重排日期须在 \(selection.week) 之内 (replan date)。", status: .unprocessableContent)
        }
        if let refusal = OfficeRosterRule.replanRefusal(page, from: from) {
            return try render(page, selection, message: refusal, status: .unprocessableContent)
        }
        guard try page.workspace.publishedWeeks().contains(selection.week) else {
            return try render(page, selection, message: "\(selection.week) 还没有发布排班，无从重排 (no published roster to replan)。", status: .unprocessableContent)
        }
        return try start(page, selection, replanFrom: from, cause: nil)
    }

    /// The page saying the job queue has no room: the whole queue, or this community's share of it.
    static func busy(_ page: PageRequest, _ selection: OfficeSelection, _ refusal: JobRunner.Refusal) throws -> Response {
        let message = switch refusal {
        case let .busy(capacity): "后台已有 \(capacity) 个任务在排队 (busy)，请稍后再试。"
        case let .busyScope(perScope): "本社区已有 \(perScope) 个任务在排队 (busy)，请等它们完成后再试。"
        }
        return try render(page, selection, message: message, status: .serviceUnavailable)
    }

    /// Submits the roster or replan run of the selected week as a background job and redirects to its page. A roster
    /// given `replanningIfPublished` (a sick call's) becomes a replan from that day if, when the job runs, another run
    /// has published the week meanwhile: the absence is stored, so it must reach the week's roster either way.
    static func start(
        _ page: PageRequest, _ selection: OfficeSelection, replanFrom: Day?, cause: String?, holding place: JobRunner.Reservation? = nil,
        replanningIfPublished fallback: Day? = nil
    ) throws -> Response {
        let week = selection.week, community = selection.community, workspace = page.workspace
        let title = (replanFrom.map { "重排 \(week)，自 \($0) 起" } ?? "排班 \(week)") + (cause.map { "（\($0)）" } ?? "")
        let query = selection.query(page)
        var request = RosterRequest(week: week, replanFrom: replanFrom)
        // The rule that an office never rosters a published week afresh holds when the job runs, not only now: a
        // second job queued before the first published would otherwise roster the published week again.
        if case .community = page.scope { request.unpublishedOnly = true }
        let roster = request
        let id: Int
        do {
            let work: JobRunner.Work = { progress in
                // Another office's edit meanwhile (an absence, a record) changes the district's data under the run:
                // it is run again on the new data rather than failed.
                let report = try workspace.retryingWhileDatasetChanges(progress: { progress($0) }) {
                    var request = roster
                    if request.replanFrom == nil, let fallback, try workspace.publishedRunID(week: week) != nil {
                        request.replanFrom = fallback
                        request.unpublishedOnly = false
                    }
                    // The roster's messages count the whole district's visits and workers: an office does not read them.
                    return try workspace.roster(request, progress: { progress($0) })
                }
                let replanned = report.roster.summary.replan != nil
                let link = replanned ? "/office/changes?run=\(report.runID)&\(query)" : "/office/roster?\(query)"
                let own = try workspace.communityRoster(runID: report.runID, communityID: community)
                return JobOutcome(
                    lines: report.lines, scopedLines: own?.lines ?? [], runID: report.runID, link: link,
                    linkLabel: replanned ? "查看本社区的变更 (changes)" : "查看本社区排班 (roster)")
            }
            id = try place.map { try page.console.jobs.submit(title, holding: $0, startedBy: page.account.name, work: work) }
                ?? page.console.jobs.submit(title, scope: page.scope, startedBy: page.account.name, work: work)
        } catch let refusal as JobRunner.Refusal {
            return try busy(page, selection, refusal)
        }
        try page.audit(replanFrom == nil ? "roster" : "replan", "job \(id): \(title)")
        return PageRequest.redirect(to: "/office/jobs/\(id)?\(query)")
    }

    static func render(
        _ page: PageRequest, _ selection: OfficeSelection, message: String? = nil, notice: String? = nil,
        status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let serving = try page.workspace.workersServing(community: selection.community, week: selection.week)
        let names = Dictionary(serving.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let absences = try page.workspace.absences(community: selection.community, week: selection.week)
        let today = page.console.configuration.today
        let firstDay = selection.week.contains(today) ? today : selection.week.monday
        var data: [String: Any] = [
            "community": selection.communityName,
            "week": selection.week.description,
            "weeks": try page.weekOptions(selected: selection.week),
            "communities": try page.communityOptions(selected: selection.community),
            "pickCommunity": page.scope == .all,
            "query": selection.query(page),
            "csrf": page.session.csrfToken,
            "workers": serving.map { ["id": $0.id, "name": $0.name] },
            "hasWorkers": !serving.isEmpty,
            "from": firstDay.description,
            "days": selection.dayOptions(selected: firstDay, from: OfficeRosterRule.firstReplanDay(page)),
            "published": try page.workspace.publishedWeeks().contains(selection.week),
            "mayRoster": try OfficeRosterRule.refusal(page, selection) == nil,
            "rows": absences.map { a -> [String: Any] in
                [
                    "worker": a.workerID, "name": names[a.workerID] ?? "", "from": a.from.description,
                    "until": a.until.description, "reason": reasonName(a.reason),
                ]
            },
            "hasRows": !absences.isEmpty,
        ]
        let jobs = page.console.jobs.jobs(visibleTo: page.scope).prefix(5)
        data["jobs"] = jobs.map(JobsPage.summary)
        data["hasJobs"] = !jobs.isEmpty
        if let message { data["message"] = message }
        if let notice { data["notice"] = notice }
        return try page.render("office-absences", title: title, data, status: status)
    }

    /// 病假, 休假, … with the code.
    static func reasonName(_ reason: AbsenceReason) -> String {
        switch reason {
        case .sick: "病假 (sick)"
        case .leave: "休假 (leave)"
        case .training: "培训 (training)"
        case .other: "其他 (other)"
        }
    }
}
