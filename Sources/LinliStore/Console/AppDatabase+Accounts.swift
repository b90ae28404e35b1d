import Foundation
import GRDB

extension AppDatabase {
    /// Stores a new account with its bcrypt hash.
    /// - Returns: the account with its id, or nil when the name is taken already.
    public func insertAccount(
        name: String, role: ConsoleRole, communityID: String?, enterpriseID: String?, passwordHash: String, at now: Date
    ) throws -> ConsoleAccount? {
        try write { db in
            guard try AccountRecord.filter(AccountRecord.Columns.name == name).fetchCount(db) == 0 else { return nil }
            var record = AccountRecord(
                id: nil, name: name, role: role.rawValue, communityID: communityID, enterpriseID: enterpriseID,
                passwordHash: passwordHash, createdAt: now)
            try record.insert(db)
            return try record.model()
        }
    }

    /// The account named `name` and its bcrypt hash, or nil.
    public func account(named name: String) throws -> (account: ConsoleAccount, passwordHash: String)? {
        try read { db in
            guard let record = try AccountRecord.filter(AccountRecord.Columns.name == name).fetchOne(db) else { return nil }
            return (try record.model(), record.passwordHash)
        }
    }

    /// Every account, by name.
    public func accounts() throws -> [ConsoleAccount] {
        try read { db in try AccountRecord.order(AccountRecord.Columns.name).fetchAll(db).map { try $0.model() } }
    }

    /// How many passwords were refused for `name` at or after `since`: from `client`, and from every client.
    public func loginFailures(name: String, client: String, since: Date) throws -> (fromClient: Int, all: Int) {
        try read { db in
            typealias C = LoginFailureRecord.Columns
            let recent = LoginFailureRecord.filter(C.name == name && C.at >= since)
            return (try recent.filter(C.client == client).fetchCount(db), try recent.fetchCount(db))
        }
    }

    /// Records a refused password for `name` from `client`, and forgets failures older than `forgetBefore`.
    public func recordLoginFailure(name: String, client: String, at now: Date, forgetBefore: Date) throws {
        try write { db in
            try LoginFailureRecord.filter(LoginFailureRecord.Columns.at < forgetBefore).deleteAll(db)
            try LoginFailureRecord(name: name, at: now, client: client).insert(db)
        }
    }

    /// Forgets the refused passwords of `name` from `client` (after it signed in from there); those from other
    /// clients still count toward the name's limit over all clients.
    public func clearLoginFailures(name: String, client: String) throws {
        _ = try write { db in
            typealias C = LoginFailureRecord.Columns
            try LoginFailureRecord.filter(C.name == name && C.client == client).deleteAll(db)
        }
    }
}

extension AppDatabase {
    /// Gives the account `name` this role, scope and hash, creating it when there is none (ends its sessions).
    public func replaceAccount(
        name: String, role: ConsoleRole, communityID: String?, enterpriseID: String?, passwordHash: String, at now: Date
    ) throws -> ConsoleAccount {
        try write { db in
            var record = try AccountRecord.filter(AccountRecord.Columns.name == name).fetchOne(db)
                ?? AccountRecord(id: nil, name: name, role: role.rawValue, communityID: nil, enterpriseID: nil, passwordHash: "", createdAt: now)
            record.role = role.rawValue
            record.communityID = communityID
            record.enterpriseID = enterpriseID
            record.passwordHash = passwordHash
            try record.save(db)
            if let id = record.id { _ = try SessionRecord.filter(SessionRecord.Columns.userID == id).deleteAll(db) }
            return try record.model()
        }
    }
}
