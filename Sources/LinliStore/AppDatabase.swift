import Foundation
import GRDB

/// The Linli database: the district dataset, the runs and their rosters, and the pins.
///
/// Follows GRDB's AppDatabase pattern: one value over `any DatabaseWriter` that migrates on
/// open, with every write a use case in one transaction. Files are opened as a `DatabasePool`
/// (WAL: readers keep seeing the last committed state while a write is under way); foreign
/// keys are enforced.
public struct AppDatabase: Sendable {
    private let writer: any DatabaseWriter

    /// The schema this binary writes, also stored as `PRAGMA user_version`.
    public static let schemaVersion = 3

    /// Opens `writer`, refusing a database written by a newer linli, and migrates it to this schema.
    /// - Important: create `writer` with ``makeConfiguration(_:)``.
    public init(_ writer: any DatabaseWriter) throws {
        let migrator = Self.migrator
        let (unknown, userVersion) = try writer.read { db in
            let known = Set(migrator.migrations)
            let unknown = try migrator.hasBeenSuperseded(db)
                ? try migrator.appliedIdentifiers(db).subtracting(known).sorted() : []
            return (unknown, try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0)
        }
        if !unknown.isEmpty {
            throw StoreError.newerSchema(
                path: writer.path, found: unknown.joined(separator: ", "), known: migrator.migrations.last ?? "none")
        }
        if userVersion > Self.schemaVersion {
            throw StoreError.newerSchema(path: writer.path, found: "\(userVersion)", known: "\(Self.schemaVersion)")
        }
        try migrator.migrate(writer)
        self.writer = writer
    }

    /// Opens (creating it and its folder if needed) the database file at `path`.
    public static func open(path: String) throws -> AppDatabase {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try AppDatabase(DatabasePool(path: path, configuration: makeConfiguration()))
    }

    /// A fresh, empty database in memory.
    public static func inMemory() throws -> AppDatabase {
        try AppDatabase(DatabaseQueue(configuration: makeConfiguration()))
    }

    /// The configuration every Linli connection uses: foreign keys on, and a wait rather than
    /// an immediate failure when another process holds the write lock.
    public static func makeConfiguration(_ base: Configuration = Configuration()) -> Configuration {
        var config = base
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(10)
        return config
    }

    /// Read-only access for queries this type does not offer.
    public var reader: any DatabaseReader { writer }

    /// Runs `body` in one write transaction.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try writer.write(body)
    }
}
