import Foundation
import GRDB

/// An admin's changes to an existing account: disable, enable, a new password. A disabled account keeps
/// its row (the audit log names it) with a `!` before its stored hash — the convention of Unix's shadow
/// file — so no password matches it; the hash behind the `!` comes back when it is enabled.
extension AppDatabase {
    /// The mark before the hash of a disabled account.
    public static let disabledMark = "!"

    /// Disables (`true`) or enables the account `id`; disabling ends its sessions.
    /// - Returns: the account, or nil when there is none with that id.
    public func setAccountDisabled(id: Int64, _ disabled: Bool) throws -> ConsoleAccount? {
        try write { db in
            guard var record = try AccountRecord.fetchOne(db, key: id) else { return nil }
            let isDisabled = record.passwordHash.hasPrefix(Self.disabledMark)
            if disabled, !isDisabled {
                record.passwordHash = Self.disabledMark + record.passwordHash
                try SessionRecord.filter(SessionRecord.Columns.userID == id).deleteAll(db)
            } else if !disabled, isDisabled {
                record.passwordHash.removeFirst(Self.disabledMark.count)
            }
            try record.update(db)
            return try record.model()
        }
    }

    /// Gives the account `id` a new bcrypt hash (which also enables it) and ends its sessions.
    /// - Returns: the account, or nil when there is none with that id.
    public func setPasswordHash(id: Int64, _ hash: String) throws -> ConsoleAccount? {
        try write { db in
            guard var record = try AccountRecord.fetchOne(db, key: id) else { return nil }
            record.passwordHash = hash
            try record.update(db)
            try SessionRecord.filter(SessionRecord.Columns.userID == id).deleteAll(db)
            return try record.model()
        }
    }

    /// The ids of the disabled accounts.
    public func disabledAccountIDs() throws -> Set<Int64> {
        try read { db in
            Set(try Int64.fetchAll(db, sql: "SELECT id FROM \(AccountRecord.databaseTableName) WHERE password_hash LIKE '!%'"))
        }
    }
}
