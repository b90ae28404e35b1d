import Foundation
import GRDB
import LinliStore
import Testing

@Suite struct AppDatabaseTests {
    @Test func fileIsWALWithForeignKeysAndSchemaVersion() throws {
        let file = TemporaryFile()
        defer { file.remove() }
        do {
            let store = try AppDatabase.open(path: file.path)
            let (mode, foreignKeys) = try store.reader.read { db in
                (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Bool.fetchOne(db, sql: "PRAGMA foreign_keys"))
            }
            #expect(mode == "wal")
            #expect(foreignKeys == true)
        }
        let (mode, version, migrations) = try DatabaseQueue(path: file.path).read { db in
            (
                try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA user_version"),
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
            )
        }
        #expect(mode == "wal")
        #expect(version == AppDatabase.schemaVersion)
        #expect(migrations == ["v1", "v2", "v2-replan", "v3-balance", "v3-relation", "v3-console", "v4-roster-reads", "v5-phases", "v6-login-clients"])
    }

    @Test func reopeningKeepsTheData() throws {
        let file = TemporaryFile()
        defer { file.remove() }
        try AppDatabase.open(path: file.path).saveDataset(StoreFixture.dataset)
        #expect(try AppDatabase.open(path: file.path).loadDataset() == StoreFixture.dataset)
    }

    @Test func inMemoryHasForeignKeysOn() throws {
        let foreignKeys = try AppDatabase.inMemory().reader.read { db in try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") }
        #expect(foreignKeys == true)
    }

    @Test func refusesAFileWithAnUnknownMigration() throws {
        let file = TemporaryFile()
        defer { file.remove() }
        _ = try AppDatabase.open(path: file.path)
        try DatabaseQueue(path: file.path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v2-from-the-future')")
        }
        let error = #expect(throws: StoreError.self) { try AppDatabase.open(path: file.path) }
        #expect(error == .newerSchema(path: file.path, found: "v2-from-the-future", known: "v6-login-clients"))
        #expect(error?.description == "\(file.path) was written by a newer linli (schema v2-from-the-future); this linli knows up to v6-login-clients — upgrade linli")
    }

    @Test func refusesAFileWithAHigherUserVersion() throws {
        let file = TemporaryFile()
        defer { file.remove() }
        _ = try AppDatabase.open(path: file.path)
        let newer = AppDatabase.schemaVersion + 1
        try DatabaseQueue(path: file.path).writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA user_version = \(newer)")
        }
        let error = #expect(throws: StoreError.self) { try AppDatabase.open(path: file.path) }
        #expect(error == .newerSchema(path: file.path, found: "\(newer)", known: "\(AppDatabase.schemaVersion)"))
    }

    @Test func refusesAQueueMigratedByANewerLinli() throws {
        let queue = try DatabaseQueue()
        _ = try AppDatabase(queue)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9')") }
        #expect(throws: StoreError.self) { try AppDatabase(queue) }
    }
}
