import LinliDataset
import LinliModel
import LinliStore

extension Workspace {
    /// The visits of `community`'s households on `week`'s published roster with their service records,
    /// by date, start and worker; empty when the week has no published roster.
    public func communityVisits(community: String, week: ISOWeek) throws -> [CommunityVisit] {
        let database = try existingDatabase()
        let planned = try database.publishedRun(week: week, communityID: community)?.roster.assignments ?? []
        let days = week.days
        let records = Dictionary(
            try database.serviceRecords(community: community, from: days[0], until: days[days.count - 1]).map { ($0.visit, $0) },
            uniquingKeysWith: { a, _ in a })
        let householdOf = Dictionary(
            try database.demands(community: community).map { ($0.id, $0.householdID) }, uniquingKeysWith: { a, _ in a })
        return planned.map { row in
            CommunityVisit(planned: row, householdID: householdOf[row.demandID] ?? "", record: records[row.visit])
        }
    }

    /// Records what happened at one visit (服务确认) with the household's evaluation, from the fields of
    /// a service_records.csv row (`demand_id`, `date`, `worker_id`, `status`, `started`, `ended`, `price`,
    /// `stars`, `complaint`, `note`; a missing field is empty). The row is validated exactly as an
    /// imported one, kept to `community`'s demands, and replaces a stored record of the same visit. The
    /// worker must serve `community` in the week of `date` (``workersServing(community:week:)``), so an office
    /// cannot rate another community's workers. A record of a visit on the published roster whose status is
    /// anything but `done` (a no-show, or a household that cancelled or was out) names the worker the roster
    /// planned, who was due to go: only the worker who went instead may differ, so an office cannot file
    /// no-shows against a worker who was never sent.
    /// With `today`, a visit dated after it can only be recorded as cancelled by the household, with no times,
    /// price, stars or complaint: it has not happened yet, so it cannot have been done, missed, billed or rated.
    /// With `now` too (the time of day on `today`), a visit of today cannot have started or ended later than now.
    /// - Throws: `KitError.unknownWorker` when `date` is no day or `worker_id` does not serve the community
    ///   that week (an office cannot tell it from a worker that does not exist); `DiagnosticsError` with every
    ///   problem by column (at line 2 of service_records.csv). Nothing is stored then.
    public func recordService(_ fields: [String: String], community: String, today: Day? = nil, now: TimeOfDay? = nil) throws -> ImportSummary {
        let worker = fields["worker_id"] ?? ""
        guard let day = fields["date"].flatMap({ Day(iso: $0) }),
              try workersServing(community: community, week: ISOWeek(containing: day)).contains(where: { $0.id == worker })
        else { throw KitError.unknownWorker(worker) }
        let key = VisitKey(demandID: fields["demand_id"] ?? "", date: day)
        let planned = try communityVisits(community: community, week: ISOWeek(containing: day)).first(where: { $0.visit == key })?.planned
        return try storeServiceRecord(fields, day: day, planned: planned, community: community, today: today, now: now)
    }

    /// What an office's and an enterprise's record share once the caller has checked the worker against its
    /// scope: the rule of a visit not yet due (`today`, and `now` on today), the rule of the planned worker for any status but `done`,
    /// and the import of the row, kept to `community`'s demands (`unchanged`: as in
    /// ``importUpload(_:as:scope:maxRows:totalLimit:unchanged:)``).
    func storeServiceRecord(
        _ fields: [String: String], day: Day, planned: Assignment?, community: String, today: Day?, now: TimeOfDay? = nil,
        unchanged: (Dataset) throws -> Void = { _ in }
    ) throws -> ImportSummary {
        let worker = fields["worker_id"] ?? ""
        if let today, let now, day == today {
            let late = ["started", "ended"].filter { column in fields[column].flatMap { TimeOfDay(text: $0) }.map { $0 > now } ?? false }
            if !late.isEmpty {
                throw DiagnosticsError(late.map { column in
                    Diagnostic(
                        .error, file: DatasetFile.serviceRecords.rawValue, line: 2, column: column,
                        "\(fields[column] ?? "") today is later than now (\(now)): a visit is recorded once it has happened (还没到这个时间)")
                })
            }
        }
        if let today, day > today {
            if fields["status"] != ServiceStatus.householdCancelled.rawValue {
                throw DiagnosticsError([Diagnostic(
                    .error, file: DatasetFile.serviceRecords.rawValue, line: 2, column: "status",
                    "the visit of \(day) has not happened yet (today is \(today)): only a household's cancellation may be recorded ahead (还没到服务日期，只能登记取消)")])
            }
            let early = ["started", "ended", "price", "stars", "complaint"].filter { !(fields[$0] ?? "").isEmpty }
            if !early.isEmpty {
                throw DiagnosticsError(early.map { column in
                    Diagnostic(
                        .error, file: DatasetFile.serviceRecords.rawValue, line: 2, column: column,
                        "a cancellation ahead of the visit of \(day) has no times, price or evaluation: nothing has happened yet")
                })
            }
        }
        if let status = fields["status"], status != ServiceStatus.done.rawValue, let planned, planned.workerID != worker {
            throw DiagnosticsError([Diagnostic(
                .error, file: DatasetFile.serviceRecords.rawValue, line: 2, column: "worker_id",
                "\(status) is recorded against \(planned.workerID), the worker the roster sent; only a visit done by another worker names that worker")])
        }
        let header = DatasetFile.serviceRecords.columns
        let text = PrintableCSV.text(header: header, rows: [header.map { fields[$0] ?? "" }], numeric: [])
        return try importUpload(Array(text.utf8), as: .serviceRecords, scope: .community(community), unchanged: unchanged)
    }

    /// A household's history (服务记录查询) for an office: as ``history(of:)``, for households of
    /// `community` only.
    /// - Throws: `KitError.unknownHousehold` for a household of another community or none.
    public func history(ofHousehold id: String, community: String) throws -> ServiceHistory {
        guard try self.community(ofHousehold: id) == community else { throw KitError.unknownHousehold(id) }
        return try history(of: .household(id))
    }
}
