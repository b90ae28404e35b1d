import Foundation
import GRDB
import LinliModel
import LinliStore

/// One Linli database file and the use cases that work on it: import, roster, check, export, pins, runs.
public struct Workspace: Sendable {
    /// The SQLite file (`--db`).
    public let databasePath: String

    public init(databasePath: String) {
        self.databasePath = databasePath
    }

    /// Whether the database file exists.
    public var databaseExists: Bool { FileManager.default.fileExists(atPath: databasePath) }

    /// The stored dataset; an error when there is no database or it holds no dataset.
    public func dataset() throws -> Dataset {
        try loadDataset(from: existingDatabase())
    }

    /// Opens the database, which must exist already, over one plain connection.
    ///
    /// Not a `DatabasePool`: a pool sets up its WAL file by creating and dropping a table, which changes
    /// the file's bytes even when a command stores nothing (a refused import must leave the file as it was).
    func existingDatabase() throws -> AppDatabase {
        guard databaseExists else { throw KitError.noDatabase(path: databasePath) }
        return try AppDatabase(DatabaseQueue(path: databasePath, configuration: AppDatabase.makeConfiguration()))
    }

    /// The dataset of `database`, which must hold one.
    func loadDataset(from database: AppDatabase) throws -> Dataset {
        guard try !database.isEmpty() else { throw KitError.emptyDatabase(path: databasePath) }
        return try database.loadDataset()
    }
}
