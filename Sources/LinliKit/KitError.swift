import LinliModel

/// Why a use case stopped: something the user can fix, said in the user's terms.
public enum KitError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `--db` names no file, and the command needs an existing database.
    case noDatabase(path: String)
    /// The database holds no dataset yet.
    case emptyDatabase(path: String)
    /// No roster is published for the week.
    case noRoster(week: ISOWeek)
    /// `linli check` found the stored roster wrong.
    case checkFailed(week: ISOWeek, violations: Int, reasonProblems: Int, scoreMismatch: Bool)
    /// `linli pin remove` of a visit that has no pin.
    case noPin(demandID: String, date: Day)
    /// `linli demo` found no SampleData folder.
    case noSampleData(searched: [String])
    /// `linli import` was given a folder together with other paths.
    case mixedImportPaths
    /// A path that should exist does not.
    case missingPath(String)
    /// `linli sheet --worker` of a worker the dataset does not hold.
    case unknownWorker(String)
    /// `linli credit set --enterprise` of an enterprise the dataset does not hold.
    case unknownEnterprise(String)
    /// `linli sheet --household` of a household the dataset does not hold.
    case unknownHousehold(String)
    /// `linli export roster --version` of a version the week does not have.
    case noVersion(week: ISOWeek, version: Int)
    /// `linli sheet --day` or `linli roster --replan-from` of a day outside `--week`.
    case dayOutsideWeek(day: Day, week: ISOWeek)
    /// A pin names a demand or worker that does not exist, or a date that is no visit of its demand.
    case pinRefused(pin: Pin, reason: String)
    /// An export would mix its files with files already in the folder.
    case folderNotEmpty(path: String)
    /// Writing an output file or folder failed.
    case cannotWrite(path: String, reason: String)
    /// `import --replace` was given single files rather than one dataset folder.
    case replaceNeedsFolder
    /// `import --replace` was given a folder that lacks some dataset files.
    case incompleteDataset(folder: String, missing: [String])
    /// The first import into a new database was given a folder that lacks some required dataset files.
    case incompleteFirstImport(folder: String, missing: [String])
    /// `linli absence remove` of an absence that is not stored.
    case noAbsence(workerID: String, from: Day)
    /// `linli absence add` whose last day comes before its first.
    case absenceBackwards(from: Day, until: Day)
    /// An office's sick call that does not start in the week on screen or lasts longer than an office may report.
    case absenceOutsideOffice(week: ISOWeek, longest: Int)
    /// An office's sick call for a worker who already has an absence from that day: an office adds, it does not
    /// rewrite what an enterprise recorded.
    case absenceExists(Absence)
    /// `linli roster` or a replan whose time limit ran out before it placed any visit of the days it rebuilt
    /// (``Roster/clockPlacedNothing(pins:)``): nothing is stored or published.
    case clockPlacedNothing(week: ISOWeek, timeLimit: Double)
    /// A command-line option's text is not what it must be (`format`), e.g. a credit reason with a line break.
    case badText(option: String, format: String)

    /// Whether the command line itself was wrong (exit code 2) rather than the input (exit code 1).
    public var isUsage: Bool {
        switch self {
        case .mixedImportPaths, .replaceNeedsFolder, .dayOutsideWeek, .badText: true
        default: false
        }
    }

    public var description: String {
        switch self {
        case let .noDatabase(path):
            "no database at \(path); create it with `linli import DATASET_DIR --db \(path)`"
        case let .emptyDatabase(path):
            "the database \(path) holds no dataset; load one with `linli import DATASET_DIR --db \(path)`"
        case let .noRoster(week):
            "no roster is stored for \(week); make one with `linli roster --week \(week)`"
        case let .checkFailed(week, violations, reasonProblems, scoreMismatch):
            "the roster of \(week) fails the check: \(violations) rule violation(s), \(reasonProblems) unmet-list problem(s)"
                + (scoreMismatch ? ", and its stored score or relationship figures differ from the recomputed ones" : "")
        case let .noPin(demandID, date):
            "there is no pin for demand \(demandID) on \(date)"
        case let .noSampleData(searched):
            "no SampleData folder found (looked in \(searched.joined(separator: ", "))); run from the package folder"
        case .mixedImportPaths:
            "give either one dataset folder or one or more CSV files, not both"
        case let .missingPath(path):
            "no such file or folder: \(path)"
        case let .unknownWorker(id):
            "there is no worker \(id) in the stored dataset"
        case let .unknownEnterprise(id):
            "there is no enterprise \(id) in the stored dataset"
        case let .unknownHousehold(id):
            "there is no household \(id) in the stored dataset"
        case let .noVersion(week, version):
            "\(week) has no roster version \(version); `linli runs --week \(week)` lists its versions"
        case let .dayOutsideWeek(day, week):
            "\(day) is not a day of \(week) (\(week.monday) to \(week.monday.adding(days: 6)))"
        case let .pinRefused(pin, reason):
            "pin \(pin.demandID) \(pin.date) → \(pin.workerID) refused: \(reason)"
        case let .folderNotEmpty(path):
            "\(path) is not empty; choose an empty or new folder, or add --force to write over the files there"
        case let .cannotWrite(path, reason):
            "cannot write \(path): \(reason)"
        case .replaceNeedsFolder:
            "--replace needs one dataset folder, the whole dataset; single files can only add and change rows"
        case let .incompleteDataset(folder, missing):
            "--replace needs the whole dataset, but \(folder) lacks \(missing.joined(separator: ", ")); nothing was changed"
        case let .incompleteFirstImport(folder, missing):
            "\(folder) lacks \(missing.joined(separator: ", ")): a new database starts from a whole dataset (every file but absences.csv and service_records.csv); nothing was stored"
        case let .noAbsence(workerID, from):
            "there is no absence of worker \(workerID) from \(from)"
        case let .absenceBackwards(from, until):
            "the absence ends (until \(until)) before it starts (from \(from))"
        case let .absenceOutsideOffice(week, longest):
            "a sick call starts in \(week) (\(week.monday) to \(week.monday.adding(days: 6))) and lasts at most \(longest) days"
        case let .absenceExists(absence):
            "worker \(absence.workerID) already has an absence from \(absence.from) (\(absence.line)); it stays as recorded"
        case let .clockPlacedNothing(week, timeLimit):
            "the time limit (\(timeLimit) s) ran out before any visit of \(week) was placed: nothing was stored or "
                + "published, and the roster published for \(week) before, if any, stays; try a longer --time-limit"
        case let .badText(option, format):
            "\(option) must be \(format)"
        }
    }
}
