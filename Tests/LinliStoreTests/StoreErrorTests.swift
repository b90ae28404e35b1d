import Foundation
import GRDB
@testable import LinliStore
import Testing

/// SQLite's failures reach people in words.
@Suite struct StoreErrorTests {
    @Test(arguments: [
        (ResultCode.SQLITE_BUSY, StoreError.busy(path: "d.sqlite")),
        (.SQLITE_NOTADB, .notLinliDatabase(path: "d.sqlite")),
        (.SQLITE_READONLY, .readOnly(path: "d.sqlite")),
    ])
    func sqliteErrorsBecomeStoreErrors(code: ResultCode, expected: StoreError) throws {
        let translated = StoreError.translating(DatabaseError(resultCode: code, message: "raw"), path: "d.sqlite")
        #expect(translated as? StoreError == expected)
        #expect(!"\(translated)".contains("SQLite"))
    }

    @Test func aFileThatIsNoDatabaseIsSaidToBeNoLinliDatabase() throws {
        let file = TemporaryFile()
        defer { file.remove() }
        try Data("community_id,name\n".utf8).write(to: URL(fileURLWithPath: file.path))
        let error = #expect(throws: StoreError.self) { try AppDatabase.openExisting(path: file.path) }
        #expect(error == .notLinliDatabase(path: file.path))
    }

    @Test func anSQLiteFileOfAnotherProgramIsNoLinliDatabaseAndIsLeftAlone() throws {
        let file = TemporaryFile()
        defer { file.remove() }
        try DatabaseQueue(path: file.path).write { db in try db.execute(sql: "CREATE TABLE notes (text TEXT)") }
        let error = #expect(throws: StoreError.self) { try AppDatabase.openExisting(path: file.path) }
        #expect(error == .notLinliDatabase(path: file.path))
        let tables = try DatabaseQueue(path: file.path).read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master") }
        #expect(tables == ["notes"])
    }

    @Test func aNewDatabaseInAMissingFolderIsRefusedAndTheFolderNotMade() throws {
        let file = TemporaryFile()
        defer { file.remove() }
        let folder = file.folder.appendingPathComponent("missing").path
        let error = #expect(throws: StoreError.self) { try AppDatabase.open(path: folder + "/d.sqlite") }
        #expect(error == .missingFolder(path: folder))
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test func aWriteLockHeldElsewhereIsReportedAsBusyBeforeAnyWork() throws {
        let file = TemporaryFile()
        defer { file.remove() }
        _ = try AppDatabase.open(path: file.path)
        var config = AppDatabase.makeConfiguration()
        config.busyMode = .immediateError
        let store = try AppDatabase(DatabaseQueue(path: file.path, configuration: config))
        let holder = try DatabaseQueue(path: file.path)
        try holder.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            defer { try? db.execute(sql: "ROLLBACK") }
            let error = #expect(throws: StoreError.self) { try store.checkWritable() }
            #expect(error == .busy(path: file.path))
        }
        try store.checkWritable()
    }
}
