import Foundation
import LinliModel
import LinliStore

/// One Linli database file and the use cases that work on it: import, roster, check, export, pins, runs.
public struct Workspace: Sendable {
    /// The SQLite file (`--db`).
    public let databasePath: String
    /// The database a long-running server keeps open (a `DatabasePool`); nil opens the file per use case.
    let openDatabase: AppDatabase?

    public init(databasePath: String) {
        self.databasePath = databasePath
        openDatabase = nil
    }

    /// A workspace over `database`, already open: every use case shares its connections (the web console
    /// opens one `DatabasePool`, so a roster run writing never blocks the pages reading).
    public init(database: AppDatabase) {
        databasePath = database.path
        openDatabase = database
    }

    /// Whether the database file exists.
    /// Whether there is a database to open: an open one, or a file of at least one byte (an empty file, e.g. made by
    /// `touch`, holds no database, and only `import` may turn it into one: no other command writes a schema into it).
    public var databaseExists: Bool {
        if openDatabase != nil { return true }
        let size = (try? FileManager.default.attributesOfItem(atPath: databasePath)[.size] as? NSNumber)?.intValue
        return (size ?? 0) > 0
    }

    /// The stored dataset; an error when there is no database or it holds no dataset.
    public func dataset() throws -> Dataset {
        try loadDataset(from: existingDatabase())
    }

    /// Opens the database, which must exist already (see `AppDatabase.openExisting`).
    func existingDatabase() throws -> AppDatabase {
        if let openDatabase { return openDatabase }
        guard databaseExists else { throw KitError.noDatabase(path: databasePath) }
        return try AppDatabase.openExisting(path: databasePath)
    }

    /// The dataset of `database`, which must hold one.
    func loadDataset(from database: AppDatabase) throws -> Dataset {
        try loadRevisedDataset(from: database).dataset
    }

    /// The dataset of `database`, which must hold one, with its revision; with `recordsOf`, only the service records of
    /// that week (``AppDatabase/loadRevisedDataset(recordsOf:)``).
    func loadRevisedDataset(from database: AppDatabase, recordsOf week: ISOWeek? = nil) throws -> RevisedDataset {
        guard try !database.isEmpty() else { throw KitError.emptyDatabase(path: databasePath) }
        return try database.loadRevisedDataset(recordsOf: week)
    }
}
