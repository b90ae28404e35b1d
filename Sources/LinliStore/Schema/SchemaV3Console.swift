import GRDB

/// Migration "v3-console": the web console's accounts, sessions, failed logins and audit log.
///
/// - `users`: one account per unique name, its role, the community (office) or enterprise (enterprise) it is
///   scoped to, and its bcrypt hash. The scope ids are not foreign keys: a replacing import may drop a
///   community, and the account must survive it (it then sees nothing).
/// - `sessions`: each session's random selector, the bcrypt hash of its random verifier (the cookie holds
///   `selector.verifier`; the verifier itself is never stored), its account, its CSRF token and its lifetime;
///   deleting an account ends its sessions.
/// - `login_failures`: one row per refused password, for throttling by name.
/// - `audit_log`: who changed what and when; the actor's name is copied so the log outlives the account.
/// Frozen once shipped.
enum SchemaV3Console {
    static let identifier = "v3-console"

    static func migrate(_ db: Database) throws {
        try db.create(table: AccountRecord.databaseTableName) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("name", .text).notNull().unique()
            t.column("role", .text).notNull().check(sql: "role IN ('admin', 'office', 'enterprise', 'planner')")
            t.column("community_id", .text)
            t.column("enterprise_id", .text)
            t.column("password_hash", .text).notNull()
            t.column("created_at", .datetime).notNull()
        }
        try db.create(table: SessionRecord.databaseTableName) { t in
            t.primaryKey("selector", .text)
            t.column("verifier_hash", .text).notNull()
            t.column("user_id", .integer).notNull().indexed().references(AccountRecord.databaseTableName, onDelete: .cascade)
            t.column("csrf_token", .text).notNull()
            t.column("created_at", .datetime).notNull()
            t.column("expires_at", .datetime).notNull()
        }
        try db.create(table: LoginFailureRecord.databaseTableName) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("name", .text).notNull()
            t.column("at", .datetime).notNull()
        }
        try db.create(index: "login_failures_on_name_at", on: LoginFailureRecord.databaseTableName, columns: ["name", "at"])
        try db.create(table: AuditRecord.databaseTableName) { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("at", .datetime).notNull()
            t.column("user_id", .integer).references(AccountRecord.databaseTableName, onDelete: .setNull)
            t.column("user_name", .text).notNull()
            t.column("action", .text).notNull()
            t.column("details", .text).notNull()
        }
        try db.execute(sql: "PRAGMA user_version = 3")
    }
}
