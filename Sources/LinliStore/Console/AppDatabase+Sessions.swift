import Foundation
import GRDB

extension AppDatabase {
    /// Stores a session under its selector with the hash of its verifier, and removes the sessions that have expired.
    public func insertSession(selector: String, verifierHash: String, accountID: Int64, csrfToken: String, at now: Date, expiresAt: Date) throws {
        try write { db in
            try SessionRecord.filter(SessionRecord.Columns.expiresAt <= now).deleteAll(db)
            try SessionRecord(
                selector: selector, verifierHash: verifierHash, userID: accountID, csrfToken: csrfToken, createdAt: now,
                expiresAt: expiresAt
            ).insert(db)
        }
    }

    /// The unexpired session of `selector` with its account and the hash its verifier must match; nil otherwise.
    public func session(selector: String, at now: Date) throws -> (session: ConsoleSession, verifierHash: String)? {
        try read { db in
            guard let session = try SessionRecord.fetchOne(db, key: selector), session.expiresAt > now,
                  let account = try AccountRecord.fetchOne(db, key: session.userID)
            else { return nil }
            return (ConsoleSession(account: try account.model(), csrfToken: session.csrfToken, expiresAt: session.expiresAt), session.verifierHash)
        }
    }

    /// Ends the session of `selector` (nothing when there is none).
    public func deleteSession(selector: String) throws {
        _ = try write { db in try SessionRecord.deleteOne(db, key: selector) }
    }
}
