import LinliModel

/// The most rows of one file an owner may hold once an upload is merged: a community's demands, an
/// enterprise's workers. A per-file row limit alone lets several uploads add up to any number; this one holds
/// on the total. An upload that adds no row is not refused, so an owner already past the limit (through
/// `linli import`) can still correct its rows.
public struct TotalRowLimit: Hashable, Sendable {
    /// Whose rows are counted.
    public enum Owner: Hashable, Sendable {
        /// The demands of this community's households.
        case community(String)
        /// The workers of this enterprise.
        case enterprise(String)
    }

    public var owner: Owner
    public var limit: Int

    public init(_ owner: Owner, limit: Int) {
        self.owner = owner
        self.limit = limit
    }

    /// The file whose rows are counted.
    public var file: DatasetFile {
        switch owner {
        case .community: .demands
        case .enterprise: .workers
        }
    }

    /// The owner's rows in `dataset`.
    /// - Complexity: O(households + demands), or O(workers).
    func count(in dataset: Dataset) -> Int {
        switch owner {
        case let .community(id):
            let households = Set(dataset.households.lazy.filter { $0.communityID == id }.map(\.id))
            return dataset.demands.lazy.filter { households.contains($0.householdID) }.count
        case let .enterprise(id):
            return dataset.workers.lazy.filter { $0.enterpriseID == id }.count
        }
    }

    /// Logs one error when the merge adds rows to the owner and leaves it more than ``limit``.
    func check(base: Dataset, merged: Dataset, log: inout FileLog) {
        let before = count(in: base), after = count(in: merged)
        guard after > limit, after > before else { return }
        let (name, rows) = switch owner {
        case let .community(id): ("community \(ValueParser.quoted(id))", "demands")
        case let .enterprise(id): ("enterprise \(ValueParser.quoted(id))", "workers")
        }
        log.error("\(name) would have \(after) \(rows) (\(before) stored, \(after - before) new): at most \(limit) are allowed")
    }
}
