import LinliModel

/// `linli demo`: imports SampleData into a database, says what it holds, rosters the sample week and
/// prints the roster's summary.
public struct Demo: Hashable, Sendable {
    public var databasePath: String
    /// The dataset folder; nil looks for SampleData (current directory, then next to the package).
    public var sampleData: String?
    public var options: RunOptions

    /// The week the sample district's dates are set around.
    public static let week = ISOWeek(year: 2026, week: 48)!

    public init(databasePath: String = "linli.sqlite", sampleData: String? = nil, options: RunOptions = RunOptions()) {
        self.databasePath = databasePath
        self.sampleData = sampleData
        self.options = options
    }

    /// What the demo did.
    public struct Outcome: Sendable {
        public var sampleData: String
        public var databasePath: String
        public var imported: ImportSummary
        public var counts: DatasetCounts
        public var visits: Int
        public var roster: RosterReport

        /// Where the data came from, what the database holds, and the roster summary.
        public var lines: [String] {
            ["imported \(sampleData) into \(databasePath):"] + imported.lines.map { "  \($0)" }
                + ["", "\(databasePath) holds:"] + counts.lines
                + ["  \(visits.description.leftPadded(to: 7))  visits in \(Demo.week)", ""]
                + roster.lines
                + ["", "next: linli check --db \(databasePath) --week \(Demo.week)",
                   "      linli export roster --db \(databasePath) --week \(Demo.week) --out roster-\(Demo.week)"]
        }
    }

    public func run(progress: (String) -> Void = { _ in }) throws -> Outcome {
        let folder = try sampleData ?? SampleDataLocator.locate()
        let workspace = Workspace(databasePath: databasePath)
        progress("importing \(folder)")
        let imported = try workspace.importDataset(from: [folder])
        let dataset = try workspace.dataset()
        let roster = try workspace.roster(RosterRequest(week: Self.week, options: options), progress: progress)
        return Outcome(
            sampleData: folder, databasePath: databasePath, imported: imported, counts: DatasetCounts(dataset),
            visits: DatasetCounts.visits(of: dataset, in: Self.week), roster: roster)
    }
}
