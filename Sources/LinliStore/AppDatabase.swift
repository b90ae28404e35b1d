import Foundation
import GRDB

/// The Linli database: the district dataset, the runs and their rosters, and the pins.
///
/// Follows GRDB's AppDatabase pattern: one value over `any DatabaseWriter` that migrates on
/// open, with every write a use case in one transaction. New files are created as a `DatabasePool`
/// (WAL: readers keep seeing the last committed state while a write is under way); foreign
/// keys are enforced. Whatever SQLite throws leaves this type as a ``StoreError`` in words.
public struct AppDatabase: Sendable {
    private let writer: any DatabaseWriter

    /// The schema this binary writes, also stored as `PRAGMA user_version`.
    public static let schemaVersion = 3

    /// Opens `writer`, refusing a database written by a newer linli or by another program, and
    /// migrates it to this schema.
    /// - Important: create `writer` with ``makeConfiguration(_:)``.
    public init(_ writer: any DatabaseWriter) throws {
        let migrator = Self.migrator
        try StoreError.translated(path: writer.path) {
            let (unknown, userVersion, foreign) = try writer.read { db in
                let known = Set(migrator.migrations)
                let unknown = try migrator.hasBeenSuperseded(db)
                    ? try migrator.appliedIdentifiers(db).subtracting(known).sorted() : []
                let foreign = try !db.tableExists("grdb_migrations")
                    && Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM sqlite_master)") == true
                return (unknown, try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0, foreign)
            }
            if foreign { throw StoreError.notLinliDatabase(path: writer.path) }
            if !unknown.isEmpty {
                throw StoreError.newerSchema(
                    path: writer.path, found: unknown.joined(separator: ", "), known: migrator.migrations.last ?? "none")
            }
            if userVersion > Self.schemaVersion {
                throw StoreError.newerSchema(path: writer.path, found: "\(userVersion)", known: "\(Self.schemaVersion)")
            }
            try migrator.migrate(writer)
        }
        self.writer = writer
    }

    /// Opens, creating it if needed, the database file at `path`; its folder must exist.
    /// - Throws: ``StoreError/missingFolder(path:)`` naming a folder that does not exist.
    public static func open(path: String) throws -> AppDatabase {
        let folder = (path as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.isEmpty ? "." : folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw StoreError.missingFolder(path: folder)
        }
        let pool = try StoreError.translated(path: path) { try DatabasePool(path: path, configuration: makeConfiguration()) }
        return try AppDatabase(pool)
    }

    /// Opens the database file at `path`, which must exist already, over one plain connection.
    ///
    /// Not a `DatabasePool`: a pool sets up its WAL file by creating and dropping a table, which changes
    /// the file's bytes even when a command stores nothing (a refused import must leave the file as it was).
    public static func openExisting(path: String) throws -> AppDatabase {
        let queue = try StoreError.translated(path: path) { try DatabaseQueue(path: path, configuration: makeConfiguration()) }
        return try AppDatabase(queue)
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

    /// The database file's path.
    public var path: String { writer.path }

    /// Read-only access for queries this type does not offer.
    public var reader: any DatabaseReader { writer }

    /// Fails now, in words, when a write could not succeed later: the file or its folder is read-only,
    /// or another command holds the write lock past the wait.
    public func checkWritable() throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        for target in [path, folder] where !FileManager.default.isWritableFile(atPath: target) {
            throw StoreError.readOnly(path: target)
        }
        try write { _ in }
    }

    /// Runs `body` in one read transaction.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try StoreError.translated(path: path) { try writer.read(body) }
    }

    /// Runs `body` in one write transaction.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try StoreError.translated(path: path) { try writer.write(body) }
    }

    /// Runs `body` in one write transaction that is rolled back when `commit` is false.
    func write<T>(commit: Bool, _ body: (Database) throws -> T) throws -> T {
        try StoreError.translated(path: path) {
            try writer.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return commit ? .commit : .rollback
                }
                guard let result else { preconditionFailure("the transaction ran its body") }
                return result
            }
        }
    }
}
