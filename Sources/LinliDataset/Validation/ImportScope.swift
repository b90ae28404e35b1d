import LinliModel

/// Whose rows an import may add or change: a community office imports only the households, demands
/// and service records of its own community (Docs/Console.md). Every row outside the scope is an error
/// at its line, so the whole import is refused and nothing is stored.
public enum ImportScope: Hashable, Sendable {
    /// The households of this community, their demands and the service records of those demands.
    case community(String)

    /// The files an import in this scope may read.
    public var files: Set<DatasetFile> {
        switch self {
        case .community: [.households, .demands, .serviceRecords]
        }
    }

    /// Logs an error for every row of `file` outside the scope: a row must be the community's after the
    /// merge (`merged`) and, when it replaces a stored row, that row must have been the community's too
    /// (`base`), so a row id cannot be used to take over another community's row.
    /// - Complexity: O(rows read + households and demands of `base` and `merged`).
    func check(_ file: DatasetFile, _ rows: IncomingRows, base: Dataset, merged: Dataset, log: inout FileLog) {
        guard case let .community(community) = self else { return }
        guard files.contains(file) else {
            log.error("an office imports only \(files.map(\.rawValue).sorted().joined(separator: ", ")), not \(file.rawValue)")
            return
        }
        let before = Owners(base), after = Owners(merged)
        let outside = "is not one of community \(ValueParser.quoted(community))'s"
        for row in rows.households ?? [] {
            let id = row.value.id
            if row.value.communityID != community {
                log.error(line: row.line, column: "community_id", "household \(ValueParser.quoted(id)) \(outside) households")
            } else if let old = before.communityOfHousehold[id], old != community {
                log.error(line: row.line, column: "household_id", "household id \(ValueParser.quoted(id)) \(outside) households")
            }
        }
        for row in rows.demands ?? [] {
            let d = row.value
            // An unknown household is reported by the reference check already.
            if let owner = after.communityOfHousehold[d.householdID], owner != community {
                log.error(line: row.line, column: "household_id", "household \(ValueParser.quoted(d.householdID)) \(outside) households")
            } else if let old = before.communityOfDemand(d.id), old != community {
                log.error(line: row.line, column: "demand_id", "demand id \(ValueParser.quoted(d.id)) \(outside) demands")
            }
        }
        for row in rows.serviceRecords ?? [] {
            guard let owner = after.communityOfDemand(row.value.demandID), owner != community else { continue }
            log.error(line: row.line, column: "demand_id", "demand \(ValueParser.quoted(row.value.demandID)) \(outside) demands")
        }
    }

    /// Which community each household and demand of a dataset belongs to.
    private struct Owners {
        var communityOfHousehold: [String: String]
        var householdOfDemand: [String: String]

        init(_ dataset: Dataset) {
            communityOfHousehold = Dictionary(dataset.households.map { ($0.id, $0.communityID) }, uniquingKeysWith: { a, _ in a })
            householdOfDemand = Dictionary(dataset.demands.map { ($0.id, $0.householdID) }, uniquingKeysWith: { a, _ in a })
        }

        func communityOfDemand(_ id: String) -> String? {
            householdOfDemand[id].flatMap { communityOfHousehold[$0] }
        }
    }
}
