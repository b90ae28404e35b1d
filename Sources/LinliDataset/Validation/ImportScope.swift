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
    /// (`base`), so a row id cannot be used to take over another community's row. A reference to another
    /// community's household or demand gets the words of an unknown one, so an office cannot tell which ids exist
    /// elsewhere; a row id taken elsewhere is only said to be taken.
    /// - Complexity: O(rows read + households and demands of `base` and `merged`).
    /// A reference the decoding already found unknown (`known`, which holds only the community's rows) is not
    /// reported twice.
    func check(_ file: DatasetFile, _ rows: IncomingRows, base: Dataset, merged: Dataset, known: KnownIDs, log: inout FileLog) {
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
                log.error(line: row.line, column: "household_id", "household id \(ValueParser.quoted(id)) is taken; choose another id")
            }
        }
        for row in rows.demands ?? [] {
            let d = row.value
            // An unknown household is reported by the reference check already.
            if let owner = after.communityOfHousehold[d.householdID], owner != community, known.contains(d.householdID, in: .households) {
                log.error(line: row.line, column: "household_id", FieldReader.unknown(d.householdID, in: .households))
            } else if let old = before.communityOfDemand(d.id), old != community {
                log.error(line: row.line, column: "demand_id", "demand id \(ValueParser.quoted(d.id)) is taken; choose another id")
            }
        }
        for row in rows.serviceRecords ?? [] {
            guard let owner = after.communityOfDemand(row.value.demandID), owner != community,
                  known.contains(row.value.demandID, in: .demands)
            else { continue }
            log.error(line: row.line, column: "demand_id", FieldReader.unknown(row.value.demandID, in: .demands))
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
