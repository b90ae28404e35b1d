import LinliModel

/// The ids references may point to: the base dataset's plus every id written in the files being read.
/// A file whose id column is missing is not checked against, so one broken header does not flood the
/// other files with unknown-reference errors.
struct KnownIDs: Sendable {
    private var ids: [DatasetFile: Set<String>] = [:]

    /// - Parameter scope: an office's import knows only its own community's households and their demands, so a
    ///   reference to another community's reads as unknown whatever else is wrong with its row (``ImportScope``).
    init(base: Dataset, scope: ImportScope? = nil) {
        ids[.communities] = Set(base.communities.map(\.id))
        ids[.servicePoints] = Set(base.servicePoints.map(\.id))
        ids[.enterprises] = Set(base.enterprises.map(\.id))
        ids[.workers] = Set(base.workers.map(\.id))
        ids[.shiftPatterns] = Set(base.shiftDays.map(\.patternID))
        switch scope {
        case let .community(community)?:
            let households = Set(base.households.filter { $0.communityID == community }.map(\.id))
            ids[.households] = households
            ids[.demands] = Set(base.demands.filter { households.contains($0.householdID) }.map(\.id))
        case nil:
            ids[.households] = Set(base.households.map(\.id))
            ids[.demands] = Set(base.demands.map(\.id))
        }
    }

    /// Adds the raw values of `file`'s id column, or stops checking against `file` when that column is missing.
    mutating func add(_ file: DatasetFile, table: CSVTable, columns: ColumnMap) {
        guard ids[file] != nil else { return }
        guard let column = file.idColumn.flatMap({ columns[$0] }) else {
            ids[file] = nil
            return
        }
        for record in table.records where column < record.fields.count {
            ids[file]!.insert(record.fields[column])
        }
    }

    /// Whether `id` may be referenced as a row of `file`.
    func contains(_ id: String, in file: DatasetFile) -> Bool {
        ids[file].map { $0.contains(id) } ?? true
    }
}

extension DatasetFile {
    /// The column holding the id other files refer to.
    var idColumn: String? {
        switch self {
        case .communities: "community_id"
        case .servicePoints: "point_id"
        case .enterprises: "enterprise_id"
        case .workers: "worker_id"
        case .shiftPatterns: "pattern_id"
        case .households: "household_id"
        case .demands: "demand_id"
        case .menu, .serviceRecords, .absences: nil
        }
    }

    /// What one row is called in messages.
    var rowNoun: String {
        switch self {
        case .communities: "community"
        case .servicePoints: "service point"
        case .enterprises: "enterprise"
        case .menu: "menu item"
        case .workers: "worker"
        case .shiftPatterns: "shift pattern"
        case .households: "household"
        case .demands: "demand"
        case .serviceRecords: "service record"
        case .absences: "absence"
        }
    }
}
