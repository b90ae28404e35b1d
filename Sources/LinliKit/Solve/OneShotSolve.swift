import Foundation
import LinliModel

/// `linli solve`: import a dataset folder into a temporary database, roster one week, export it; the
/// temporary database is removed afterwards.
public struct OneShotSolve: Hashable, Sendable {
    public var datasetDirectory: String
    public var request: RosterRequest
    public var outDirectory: String
    /// Where the temporary database is made.
    public var scratchDirectory: String

    public init(
        datasetDirectory: String, request: RosterRequest, outDirectory: String,
        scratchDirectory: String = FileManager.default.temporaryDirectory.path
    ) {
        self.datasetDirectory = datasetDirectory
        self.request = request
        self.outDirectory = outDirectory
        self.scratchDirectory = scratchDirectory
    }

    /// What the one-shot run did.
    public struct Outcome: Sendable {
        public var imported: ImportSummary
        public var roster: RosterReport
    }

    /// Runs the three steps; a bad dataset throws its `DiagnosticsError` before anything is written.
    public func run(progress: (String) -> Void = { _ in }) throws -> Outcome {
        let folder = URL(fileURLWithPath: scratchDirectory).appendingPathComponent("linli-solve-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = Workspace(databasePath: folder.appendingPathComponent("linli.sqlite").path)
        progress("importing \(datasetDirectory)")
        let imported = try workspace.importDataset(from: [datasetDirectory])
        let roster = try workspace.roster(request, progress: progress)
        progress("writing \(outDirectory)")
        try workspace.exportRoster(week: request.week, to: outDirectory)
        return Outcome(imported: imported, roster: roster)
    }
}
