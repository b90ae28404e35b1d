import Foundation
import LinliModel

/// `linli solve`: import a dataset folder into a temporary database, roster one week, export it; the
/// temporary database is removed afterwards.
///
/// The database holds the whole district, so it is made private: a folder only the user can enter
/// (0700) holding a file only the user can read (0600; SQLite gives its journal the same mode).
public struct OneShotSolve: Hashable, Sendable {
    public var datasetDirectory: String
    public var request: RosterRequest
    public var outDirectory: String
    /// Write into an output folder that already holds files.
    public var force: Bool
    /// The private folder the temporary database is made in, removed by ``run(progress:)`` on every
    /// way out it controls; ``removeScratch()`` removes it from a signal handler.
    public let scratchFolder: String

    public init(
        datasetDirectory: String, request: RosterRequest, outDirectory: String, force: Bool = false,
        scratchDirectory: String = FileManager.default.temporaryDirectory.path
    ) {
        self.datasetDirectory = datasetDirectory
        self.request = request
        self.outDirectory = outDirectory
        self.force = force
        scratchFolder = URL(fileURLWithPath: scratchDirectory).appendingPathComponent("linli-solve-\(UUID().uuidString)").path
    }

    /// What the one-shot run did.
    public struct Outcome: Sendable {
        public var imported: ImportSummary
        public var roster: RosterReport
    }

    /// Runs the three steps; a bad dataset throws its `DiagnosticsError` before anything is written, and an
    /// output folder that would be refused is refused before anything is solved.
    public func run(progress: (String) -> Void = { _ in }) throws -> Outcome {
        let out = OutputFolder(path: outDirectory)
        try out.check(force: force)
        defer { removeScratch() }
        let workspace = try makeScratchWorkspace()
        progress("importing \(datasetDirectory)")
        let imported = try workspace.importDataset(from: [datasetDirectory])
        var roster = try workspace.roster(request, progress: progress)
        roster.inTemporaryDatabase = true
        progress("writing \(outDirectory)")
        try workspace.exportRoster(week: request.week, to: outDirectory, force: true)
        return Outcome(imported: imported, roster: roster)
    }

    /// Removes the scratch folder and the database in it, if they are there.
    public func removeScratch() {
        try? FileManager.default.removeItem(atPath: scratchFolder)
    }

    /// Creates the private scratch folder and an empty private database file in it.
    private func makeScratchWorkspace() throws -> Workspace {
        let manager = FileManager.default
        try manager.createDirectory(atPath: scratchFolder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        try manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: scratchFolder)
        let database = URL(fileURLWithPath: scratchFolder).appendingPathComponent("linli.sqlite").path
        guard manager.createFile(atPath: database, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw KitError.cannotWrite(path: database, reason: "the temporary database could not be created")
        }
        try manager.setAttributes([.posixPermissions: 0o600], ofItemAtPath: database)
        return Workspace(databasePath: database)
    }
}
