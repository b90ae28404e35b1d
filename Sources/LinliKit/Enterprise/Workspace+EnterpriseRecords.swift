import Foundation
import LinliDataset
import LinliModel
import LinliStore

/// An enterprise confirms its own workers' visits (服务确认): what was done, when and for how much. The
/// household's evaluation (stars, complaint) is the office's to record, so an enterprise cannot rate itself.
extension Workspace {
    /// The visits of `week`'s published roster served by workers of `enterprise`, with their households and
    /// service records, by date, start and worker; empty when the week has no published roster.
    public func enterpriseVisits(enterprise: String, week: ISOWeek) throws -> [CommunityVisit] {
        try existingDatabase().enterpriseVisits(week: week, enterpriseID: enterprise).map {
            CommunityVisit(planned: $0.planned, householdID: $0.householdID, record: $0.record)
        }
    }

    /// The workers of `enterprise`, by id: those its records may name.
    public func workerNames(enterprise: String) throws -> [(id: String, name: String)] {
        try existingDatabase().workers(enterpriseID: enterprise)
    }

    /// Records what happened at one of `enterprise`'s visits, from the fields of a service_records.csv row, as
    /// ``recordService(_:community:today:now:)`` does for an office, with differences of scope: the visit must be on
    /// its week's published roster with a worker of `enterprise`, and so must `worker_id` be; a visit is charged at
    /// most the roster's listed price (明码标价: the enterprise bills what it published; more is for the office to
    /// record with the household, and a higher price the office stored may stay); and the household's evaluation
    /// is not the enterprise's to give, so `stars` and `complaint` keep what is stored for the visit (none when
    /// nothing is), whatever the fields say. Nor may it move the office's verdict
    /// (``officesVerdict(_:enterpriseWorkers:)``): when the stored record holds one, the worker and the status
    /// must stay as stored (422 otherwise).
    /// - Throws: `KitError.unknownWorker` when `date` is no day, the visit is not one of the enterprise's, or
    ///   `worker_id` is not its worker (an enterprise cannot tell these from ids that do not exist);
    ///   `DiagnosticsError` with every problem by column. Nothing is stored then.
    public func recordService(_ fields: [String: String], enterprise: String, today: Day? = nil, now: TimeOfDay? = nil) throws -> ImportSummary {
        let worker = fields["worker_id"] ?? ""
        let own = Set(try workerNames(enterprise: enterprise).map(\.id))
        guard let day = fields["date"].flatMap({ Day(iso: $0) }), own.contains(worker) else { throw KitError.unknownWorker(worker) }
        let key = VisitKey(demandID: fields["demand_id"] ?? "", date: day)
        guard let visit = try enterpriseVisits(enterprise: enterprise, week: ISOWeek(containing: day)).first(where: { $0.visit == key })
        else { throw KitError.unknownWorker(worker) }
        return try storeEnterpriseRecord(fields, visit: visit, enterpriseWorkers: own, today: today, now: now)
    }

    /// The second half of ``recordService(_:enterprise:today:now:)``, on `visit` as the enterprise read it: the
    /// office's verdict and evaluation are judged and kept from that reading, and the record is stored only if
    /// the visit's stored record is still the one read. An office's verdict saved in between would otherwise
    /// be overwritten with what the enterprise read before it; the enterprise is asked to look again instead.
    /// - Throws: `DiagnosticsError` when the office's verdict would move or the record changed meanwhile.
    func storeEnterpriseRecord(
        _ fields: [String: String], visit: CommunityVisit, enterpriseWorkers own: Set<String>, today: Day?, now: TimeOfDay? = nil
    ) throws -> ImportSummary {
        guard let community = try community(ofHousehold: visit.householdID) else { throw KitError.unknownWorker(fields["worker_id"] ?? "") }
        if let stored = visit.record, Self.officesVerdict(stored, enterpriseWorkers: own) {
            // Another enterprise's worker is not named: an enterprise sees no ids of other enterprises' workers.
            let by = own.contains(stored.workerID) ? stored.workerID : "another enterprise's worker"
            let changed = [("worker_id", by), ("status", stored.status.rawValue)].filter { column, kept in
                column == "worker_id" ? fields[column] != stored.workerID : fields[column] != kept
            }
            if !changed.isEmpty {
                throw DiagnosticsError(changed.map { column, kept in
                    Diagnostic(
                        .error, file: DatasetFile.serviceRecords.rawValue, line: 2, column: column,
                        "the office recorded this visit as \(stored.status.rawValue) by \(by) (a no-show, an evaluation, "
                            + "or another enterprise's worker): only the office can change its \(column); keep \(kept) (由社区登记的记录，企业不能改动)")
                })
            }
        }
        // Whatever the status; a price the office stored above the list may stay as it is.
        if let charged = fields["price"].flatMap({ Fen(yuan: $0.trimmingCharacters(in: .whitespaces)) }),
           charged > visit.planned.price, charged != visit.record?.price {
            throw DiagnosticsError([Diagnostic(
                .error, file: DatasetFile.serviceRecords.rawValue, line: 2, column: "price",
                "\(charged) yuan is more than the roster's listed price of this visit, \(visit.planned.price) yuan (明码标价): "
                    + "a higher charge is the office's to record, with the household")])
        }
        var fields = fields
        fields["stars"] = visit.record?.stars.map(String.init) ?? ""
        fields["complaint"] = visit.record?.complaint?.rawValue ?? ""
        let read = visit.record
        return try storeServiceRecord(fields, day: visit.visit.date, planned: visit.planned, community: community, today: today, now: now) { stored in
            guard stored.serviceRecords.first(where: { $0.visit == visit.visit }) == read else {
                throw DiagnosticsError([Diagnostic(
                    .error, file: DatasetFile.serviceRecords.rawValue, line: 2, column: "status",
                    "this visit's record was changed meanwhile, perhaps by the office: nothing was saved; "
                        + "open the visit again to see it (记录已被修改，请刷新后重试)")])
            }
        }
    }

    /// Whether `record` holds the office's verdict on the visit, which an enterprise may not move: a no-show, a
    /// household's stars or complaint, or a worker of another enterprise. Changing its worker or status would erase
    /// a no-show, move a complaint onto another worker, or take over another enterprise's record; its times,
    /// price and note stay the enterprise's to correct.
    static func officesVerdict(_ record: ServiceRecord, enterpriseWorkers: Set<String>) -> Bool {
        record.status == .workerNoShow || record.stars != nil || record.complaint != nil || !enterpriseWorkers.contains(record.workerID)
    }
}
