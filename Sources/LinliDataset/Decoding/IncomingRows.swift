import LinliModel


/// A shift row is keyed by pattern, cycle week and weekday.
struct ShiftKey: Hashable, Sendable {
    var patternID: String
    var cycleWeek: Int
    var weekday: Int
}

/// The typed rows of the files being read; nil for a file not read.
struct IncomingRows: Sendable {
    var communities: [Lined<Community>]?
    var servicePoints: [Lined<ServicePoint>]?
    var enterprises: [Lined<Enterprise>]?
    var menu: [Lined<MenuItem>]?
    var workers: [Lined<Worker>]?
    var shiftDays: [Lined<ShiftDay>]?
    var households: [Lined<Household>]?
    var demands: [Lined<Demand>]?
    var serviceRecords: [Lined<ServiceRecord>]?
    var absences: [Lined<Absence>]?

    /// Decodes `loaded` (a dataset file) into its rows, recording problems in its log.
    mutating func decode(_ file: DatasetFile, _ loaded: inout LoadedFile, known: KnownIDs) {
        switch file {
        case .communities:
            communities = loaded.rows(known: known, idColumn: "community_id") { $0.community() }
        case .servicePoints:
            servicePoints = loaded.rows(known: known, idColumn: "point_id") { $0.servicePoint() }
        case .enterprises:
            enterprises = loaded.rows(known: known, idColumn: "enterprise_id") { $0.enterprise() }
        case .menu:
            menu = loaded.rows(known: known, key: MenuKey.init, keyColumn: "item_code", describe: IncomingRows.describe) {
                $0.menuItem()
            }
        case .workers:
            workers = loaded.rows(known: known, idColumn: "worker_id") { $0.worker() }
        case .shiftPatterns:
            shiftDays = loaded.rows(
                known: known, key: { ShiftKey(patternID: $0.patternID, cycleWeek: $0.cycleWeek, weekday: $0.weekday) },
                keyColumn: "weekday",
                describe: { "row for pattern \(ValueParser.quoted($0.patternID)), cycle week \($0.cycleWeek), weekday \($0.weekday)" }
            ) { $0.shiftDay() }
        case .households:
            households = loaded.rows(known: known, idColumn: "household_id") { $0.household() }
        case .demands:
            demands = loaded.rows(known: known, idColumn: "demand_id") { $0.demand() }
        case .serviceRecords:
            serviceRecords = loaded.rows(
                known: known, key: \.visit, keyColumn: "date",
                describe: { "record of demand \(ValueParser.quoted($0.demandID)) on \($0.date)" }
            ) { $0.serviceRecord() }
        case .absences:
            absences = loaded.rows(
                known: known, key: \.key, keyColumn: "from",
                describe: { "absence of worker \(ValueParser.quoted($0.workerID)) from \($0.from)" }
            ) { $0.absence() }
        }
    }

    static func describe(_ k: MenuKey) -> String {
        let from = k.effectiveFrom.map { "effective from \($0)" } ?? "with no effective_from"
        return "menu version: item \(ValueParser.quoted(k.itemCode)) of enterprise \(ValueParser.quoted(k.enterpriseID)) \(from)"
    }
}
