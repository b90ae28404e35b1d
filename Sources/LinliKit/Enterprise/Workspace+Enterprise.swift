import LinliModel
import LinliStore

/// The use cases of an enterprise's console pages: each is scoped to the one enterprise in the query,
/// so a caller cannot get another enterprise's rows by passing their ids.
extension Workspace {
    /// The enterprise with `id`.
    /// - Throws: `KitError.unknownEnterprise` when it is not stored.
    public func enterprise(_ id: String) throws -> Enterprise {
        try Self.enterprise(id, in: dataset())
    }

    /// The enterprise's menu rows, by item code and then effective date.
    public func enterpriseMenu(_ id: String) throws -> [MenuItem] {
        let dataset = try dataset()
        _ = try Self.enterprise(id, in: dataset)
        return dataset.menu.filter { $0.enterpriseID == id }.sorted {
            ($0.itemCode, $0.effectiveFrom?.ordinal ?? .min) < ($1.itemCode, $1.effectiveFrom?.ordinal ?? .min)
        }
    }

    /// The enterprise's workers by id, each with its papers as they stand on `day`.
    public func enterpriseWorkers(_ id: String, on day: Day) throws -> [WorkerPapers] {
        let dataset = try dataset()
        _ = try Self.enterprise(id, in: dataset)
        return dataset.workers.filter { $0.enterpriseID == id }.sorted { $0.id < $1.id }.map { WorkerPapers(worker: $0, on: day) }
    }

    /// The enterprise's rating and its workers' ratings, best first (ties by id).
    public func enterpriseRatings(_ id: String) throws -> EnterpriseRatings {
        let dataset = try dataset()
        _ = try Self.enterprise(id, in: dataset)
        let ratings = Ratings(dataset: dataset)
        let workers = dataset.workers.filter { $0.enterpriseID == id }
            .map { WorkerRating(workerID: $0.id, name: $0.name, score: ratings.worker($0.id)) }
            .sorted { ($1.score.value, $0.workerID) < ($0.score.value, $1.workerID) }
        return EnterpriseRatings(enterprise: ratings.enterprise(id), workers: workers, priorMean: ratings.priorMean)
    }

    /// A route sheet of one of the enterprise's workers in the published roster of the request's week.
    /// - Throws: `KitError.unknownWorker` for a worker of another enterprise, exactly as for one that
    ///   does not exist, so the answer tells nothing about other enterprises.
    public func enterpriseSheet(_ request: SheetRequest, enterprise id: String) throws -> RouteSheet {
        guard case let .worker(workerID) = request.subject else { throw KitError.unknownWorker("") }
        let database = try existingDatabase()
        let dataset = try loadDataset(from: database)
        guard dataset.workers.contains(where: { $0.id == workerID && $0.enterpriseID == id }) else {
            throw KitError.unknownWorker(workerID)
        }
        guard let roster = try database.publishedRoster(week: request.week) else { throw KitError.noRoster(week: request.week) }
        return try RouteSheet.build(request, roster: roster, dataset: dataset)
    }

    static func enterprise(_ id: String, in dataset: Dataset) throws(KitError) -> Enterprise {
        guard let enterprise = dataset.enterprises.first(where: { $0.id == id }) else { throw .unknownEnterprise(id) }
        return enterprise
    }
}
