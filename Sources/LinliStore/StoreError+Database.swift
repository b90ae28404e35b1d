import GRDB

extension StoreError {
    /// The one place where SQLite's errors become words: a `DatabaseError` of the file at `path` as a
    /// ``StoreError``; every other error is returned as it is.
    static func translating(_ error: any Error, path: String) -> any Error {
        guard let error = error as? DatabaseError else { return error }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return StoreError.busy(path: path)
        case .SQLITE_NOTADB: return StoreError.notLinliDatabase(path: path)
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN: return StoreError.readOnly(path: path)
        default: return StoreError.database(path: path, message: error.message ?? "\(error.resultCode)")
        }
    }

    /// Runs `body`, translating what SQLite throws with ``translating(_:path:)``.
    static func translated<T>(path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw translating(error, path: path)
        }
    }
}
