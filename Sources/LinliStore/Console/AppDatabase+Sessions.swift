import Foundation
import GRDB

extension AppDatabase {
    /// Stores a session under its selector with the hash of its verifier, and removes the sessions that have expired;
    /// only if the account's stored password hash is still `passwordHash`, the one the sign-in verified.
    ///
    /// A sign-in verifies the password (bcrypt, a fraction of a second) before it gets here; an admin who disables the
    /// account or resets its password meanwhile changes the hash and ends the sessions that exist, so this session
    /// must not appear after them.
    /// - Returns: false, storing nothing, when the account is gone or its hash has changed.
    public func insertSession(
        selector: String, verifierHash: String, accountID: Int64, passwordHash: String, csrfToken: String, at now: Date, expiresAt: Date
    ) throws -> Bool {
        try write { db in
            guard try AccountRecord.fetchOne(db, key: accountID)?.passwordHash == passwordHash else { return false }
            try SessionRecord.filter(SessionRecord.Columns.expiresAt <= now).deleteAll(db)
            try SessionRecord(
                selector: selector, verifierHash: verifierHash, userID: accountID, csrfToken: csrfToken, createdAt: now,
                expiresAt: expiresAt
            ).insert(db)
            return true
        }
    }

    /// The unexpired session of `selector` with its account and the hash its verifier must match; nil otherwise.
    public func session(selector: String, at now: Date) throws -> (session: ConsoleSession, verifierHash: String)? {
        try read { db in
            // A disabled account's sessions are deleted when it is disabled; its mark is checked here as well.
            guard let session = try SessionRecord.fetchOne(db, key: selector), session.expiresAt > now,
                  let account = try AccountRecord.fetchOne(db, key: session.userID), !account.passwordHash.hasPrefix(Self.disabledMark)
            else { return nil }
            return (ConsoleSession(account: try account.model(), csrfToken: session.csrfToken, expiresAt: session.expiresAt), session.verifierHash)
        }
    }

    /// Ends the session of `selector` (nothing when there is none).
    public func deleteSession(selector: String) throws {
        _ = try write { db in try SessionRecord.deleteOne(db, key: selector) }
    }
}
